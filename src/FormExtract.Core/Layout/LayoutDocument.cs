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

    /// <summary>
    /// Other readings a recogniser found plausible for a cell, best first, by the cell's page and box (as
    /// written out, <see cref="Box.ToArray"/>). Empty for readers that take text as printed.
    /// </summary>
    public IReadOnlyDictionary<(int Page, Box Box), IReadOnlyList<string>> Alternatives { get; init; } =
        new Dictionary<(int Page, Box Box), IReadOnlyList<string>>();
}
