using System.Text;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// An HTML table turned into <c>|</c> text, in the two ways the real excerpts show. Row by row (萧县, 黄石, 大英): the
/// texts of a row's cells joined by <c> | </c>, empty cells dropped, the row padded with a run of <c>|</c> to the
/// table's width; a row whose first cell spans rows is often broken after it. Cell by cell (鄂州, 梓潼): each cell
/// on a line of its own ending in <c> |</c>, an empty one a bare <c>|</c>, and a line of <c>|</c> closing the row.
/// </summary>
internal sealed class PipeWriter
{
    /// <summary>The text, and the way it was written: <c>rows</c> or <c>cells</c>.</summary>
    public (string Text, string Variant) Write(IReadOnlyList<FormGrid> grids, Random random)
    {
        var cellLines = random.Chance(0.35);
        var breakAfterTall = random.Chance(0.6);
        var leadingPipe = random.Chance(0.3);
        var text = new StringBuilder();
        foreach (var grid in grids)
        {
            var width = grid.Columns + random.Next(0, 4);
            foreach (var line in grid.Above)
            {
                Row(text, [line.Text], width, cellLines, breakAfter: false, leadingPipe: false);
            }

            foreach (var row in grid.Rows)
            {
                var breakAfter = breakAfterTall && row.Cells.Count > 1 && row.Cells[0].RowSpan > 1;
                Row(text, row.Cells.Select(c => c.Text).ToArray(), width, cellLines, breakAfter, leadingPipe && row.Cells.Count > 0 && row.Cells[0].Text.Length == 0);
            }
        }

        return (text.ToString(), cellLines ? "cells" : "rows");
    }

    private static void Row(StringBuilder text, string[] cells, int width, bool cellLines, bool breakAfter, bool leadingPipe)
    {
        if (cellLines)
        {
            foreach (var cell in cells)
            {
                text.Append(cell.Length == 0 ? "|" : cell + " |").Append('\n');
            }

            text.Append('|', Math.Max(1, width - cells.Length)).Append('\n');
            return;
        }

        var texts = cells.Where(c => c.Length > 0).ToArray();
        if (texts.Length == 0)
        {
            text.Append('|', width).Append('\n');
            return;
        }

        if (leadingPipe)
        {
            text.Append("| ");
        }

        for (var i = 0; i < texts.Length; i++)
        {
            text.Append(texts[i]).Append(" |");
            text.Append(i == 0 && breakAfter ? "\n" : " ");
        }

        text.Append('|', Math.Max(0, width - texts.Length)).Append('\n');
    }
}
