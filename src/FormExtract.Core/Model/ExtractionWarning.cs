namespace FormExtract.Core.Model;

/// <summary>A problem met while reading (not an audit finding): a cell that could not be read, a form cut short.</summary>
public sealed record ExtractionWarning(string Code, string Message, int? Form = null, string? Path = null, int? Page = null, int? Line = null);
