namespace FormExtract.Core.Ingestion;

/// <summary>Text decoded from bytes, with the name of the encoding that was found.</summary>
public sealed record DecodedText(string Text, string Encoding);
