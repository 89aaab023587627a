using FormExtract.Core.Model;

namespace FormExtract.Core.Layout;

/// <summary>
/// What a reader makes of one input file: its table rows in reading order, ready for form assembly, with
/// what it learnt about the source and the problems it met.
/// </summary>
public sealed record LayoutDocument(IReadOnlyList<LayoutRow> Rows)
{
    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];

    public string? Encoding { get; init; }

    public int? Pages { get; init; }

    public bool Ocr { get; init; }
}
