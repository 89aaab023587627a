using System.Text;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// An HTML table dumped cell by cell, as 零陵 and 岳阳 pages reach an index: each cell's text on a line of its own,
/// mostly with a blank line between cells, an empty cell a line holding a space, and a heading that wrapped in its
/// narrow cell split over several lines (年度预 / 算申请 / (万元)). The rows are gone: only the order is left.
/// </summary>
internal sealed class CellLinesWriter
{
    /// <summary>The text, and the way it was written: <c>spaced</c> (blank lines between cells) or <c>packed</c>.</summary>
    public (string Text, string Variant) Write(IReadOnlyList<FormGrid> grids, Random random)
    {
        var blankBetween = random.Chance(0.7);
        var wrapHeadings = random.Chance(0.6);
        var text = new StringBuilder();
        void Line(string line)
        {
            text.Append(line).Append('\n');
            if (blankBetween)
            {
                text.Append('\n');
            }
        }

        foreach (var grid in grids)
        {
            foreach (var line in grid.Above)
            {
                Line(line.Text);
            }

            foreach (var cell in grid.Rows.SelectMany(r => r.Cells))
            {
                if (cell.Text.Length == 0)
                {
                    Line(" ");
                }
                else if (wrapHeadings && cell.IsLabel && cell.Field is null && cell.Text.Length > 4 && random.Chance(0.5))
                {
                    // A wrapped heading comes out a few characters a line.
                    var chunk = random.Next(2, 4);
                    foreach (var part in cell.Text.Chunk(chunk))
                    {
                        Line(new string(part));
                    }
                }
                else
                {
                    Line(cell.Text);
                }
            }
        }

        return (text.ToString(), blankBetween ? "spaced" : "packed");
    }
}
