namespace FormExtract.Core.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}
