namespace FormExtract.Core.Model;

/// <summary>What the input file was: its path as given, its hash, format, encoding, pages, and whether OCR read it.</summary>
public sealed record SourceInfo
{
    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public required SourceFormat Format { get; init; }

    public string? Encoding { get; init; }

    public int? Pages { get; init; }

    public bool Ocr { get; init; }
}
