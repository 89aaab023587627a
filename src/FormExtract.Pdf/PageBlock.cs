using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>One thing on a page in reading order: a table, or a line of text outside any table.</summary>
internal sealed record PageBlock(int Page, Box Box, PageTable? Table, string? Text)
{
    /// <summary>What the recogniser learnt reading a line of text; null for a table or a line from a text layer.</summary>
    public CellEvidence? Evidence { get; init; }

    public static PageBlock Of(PageTable table) => new(table.Page, table.Bounds, table, null);

    public static PageBlock Line(int page, Box box, string text, CellEvidence? evidence = null) => new(page, box, null, text) { Evidence = evidence };
}
