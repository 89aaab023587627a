using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>One thing on a page in reading order: a table, or a line of text outside any table.</summary>
internal sealed record PageBlock(int Page, Box Box, PageTable? Table, string? Text)
{
    public static PageBlock Of(PageTable table) => new(table.Page, table.Bounds, table, null);

    public static PageBlock Line(int page, Box box, string text) => new(page, box, null, text);
}
