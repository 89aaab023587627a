using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>Boxes, tables and blocks with their coordinates multiplied by one factor: PDF points to pixels of a page image at some resolution, and back.</summary>
internal static class BoxScale
{
    public static Box Of(Box box, double factor) => new(box.X0 * factor, box.Y0 * factor, box.X1 * factor, box.Y1 * factor);

    public static TableCell Of(TableCell cell, double factor)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new TableCell(cell.Row, cell.Column, cell.Text, Of(cell.Box, factor))
        {
            RowSpan = cell.RowSpan,
            ColumnSpan = cell.ColumnSpan,
            OpenTop = cell.OpenTop,
            OpenBottom = cell.OpenBottom,
            Evidence = cell.Evidence,
        };
    }

    public static PageBlock Of(PageBlock block, double factor)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Table is not { } table)
        {
            return block with { Box = Of(block.Box, factor) };
        }

        return PageBlock.Of(table with
        {
            Bounds = Of(table.Bounds, factor),
            ColumnEdges = table.ColumnEdges.Select(x => x * factor).ToArray(),
            Cells = table.Cells.Select(c => Of(c, factor)).ToArray(),
        });
    }
}
