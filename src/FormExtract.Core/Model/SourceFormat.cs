namespace FormExtract.Core.Model;

public enum SourceFormat
{
    Text,
    Pdf,
    Image,
    Html,
}
