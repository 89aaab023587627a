using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>
/// What the input file was: its path as given, its hash, format, encoding, pages, and whether OCR read it;
/// and, when the caller stamps it, which version of FormExtract read it and when.
/// </summary>
public sealed record SourceInfo
{
    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public required SourceFormat Format { get; init; }

    public string? Encoding { get; init; }

    public int? Pages { get; init; }

    public bool Ocr { get; init; }

    /// <summary>The FormExtract version that wrote the document (v1.1, additive); absent when not stamped.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToolVersion { get; init; }

    /// <summary>When the document was extracted, in UTC, written as <c>2024-05-01T08:00:00Z</c> (v1.1, additive); absent when not stamped.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? ExtractedAt { get; init; }
}
