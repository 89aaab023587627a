using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Text decoded from bytes, with the name of the encoding that was found, and what decoding changed: NUL
/// bytes removed, lines decoded in another encoding than the rest. Warnings name the line, not the file.
/// </summary>
public sealed record DecodedText(string Text, string Encoding)
{
    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];
}
