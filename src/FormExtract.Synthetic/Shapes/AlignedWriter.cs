using System.Text;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// A table as pdftotext -layout or a text browser prints it: columns aligned with spaces, a long cell wrapped over
/// several lines that interleave with its neighbours' lines, a merged cell's text in the middle of its span, and
/// borders drawn with <c>-</c> <c>|</c> <c>+</c>, with box-drawing characters, or not at all.
/// </summary>
internal sealed class AlignedWriter
{
    private const int MaxColumn = 18;

    private enum Border
    {
        None,
        Ascii,
        Box,
    }

    /// <summary>The text, and its borders: <c>none</c>, <c>ascii</c> or <c>box</c>.</summary>
    public (string Text, string Variant) Write(IReadOnlyList<FormGrid> grids, Random random)
    {
        var border = (Border)random.Next(3);
        var text = new StringBuilder();
        foreach (var grid in grids)
        {
            Table(text, grid, border);
            text.Append('\n');
        }

        return (text.ToString(), border.ToString().ToLowerInvariant());
    }

    private static void Table(StringBuilder text, FormGrid grid, Border border)
    {
        var matrix = grid.Matrix();
        var widths = Widths(grid);
        var separator = border switch
        {
            Border.None => "  ",
            Border.Ascii => " | ",
            _ => " │ ",
        };
        int SpanWidth(GridCell cell) => Enumerable.Range(cell.Column, cell.ColumnSpan).Sum(c => widths[c]) + (separator.Length * (cell.ColumnSpan - 1));
        var lines = new Dictionary<GridCell, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (_, cell) in grid.Cells)
        {
            lines[cell] = DisplayWidth.Wrap(cell.Text, SpanWidth(cell));
        }

        var heights = Heights(grid, lines);
        var tableWidth = widths.Sum() + (separator.Length * (grid.Columns - 1)) + (border == Border.None ? 0 : 4);
        foreach (var line in grid.Above)
        {
            text.Append(DisplayWidth.Pad(line.Text, tableWidth, left: false).TrimEnd()).Append('\n');
        }

        var starts = new int[grid.Rows.Count + 1];
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            starts[r + 1] = starts[r] + heights[r];
        }

        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (border != Border.None)
            {
                Rule(text, matrix, r, grid, widths, border);
            }

            for (var k = 0; k < heights[r]; k++)
            {
                var line = new StringBuilder(border switch { Border.Ascii => "| ", Border.Box => "│ ", _ => string.Empty });
                for (var c = 0; c < grid.Columns;)
                {
                    if (matrix[r, c] is not var (cell, _))
                    {
                        line.Append(' ', widths[c]);
                        c++;
                    }
                    else
                    {
                        var first = FirstRow(matrix, r, cell);
                        var spanHeight = starts[Math.Min(first + cell.RowSpan, grid.Rows.Count)] - starts[first];
                        var own = lines[cell];
                        var index = starts[r] - starts[first] + k - ((spanHeight - own.Count) / 2);
                        var content = index >= 0 && index < own.Count ? own[index] : string.Empty;
                        line.Append(DisplayWidth.Pad(content, SpanWidth(cell), cell.Left));
                        c = cell.Column + cell.ColumnSpan;
                    }

                    if (c < grid.Columns)
                    {
                        line.Append(separator);
                    }
                }

                line.Append(border switch { Border.Ascii => " |", Border.Box => " │", _ => string.Empty });
                text.Append(border == Border.None ? line.ToString().TrimEnd() : line.ToString()).Append('\n');
            }
        }

        if (border != Border.None)
        {
            Rule(text, matrix, grid.Rows.Count, grid, widths, border);
        }
    }

    /// <summary>Each column as wide as its widest single-column cell, long texts capped (they wrap), figures never.</summary>
    private static int[] Widths(FormGrid grid)
    {
        var widths = Enumerable.Repeat(2, grid.Columns).ToArray();
        foreach (var (_, cell) in grid.Cells.Where(c => c.Cell.ColumnSpan == 1))
        {
            var width = DisplayWidth.Of(cell.Text);
            var cap = cell.Text.Any(char.IsAsciiDigit) && !cell.Text.Any(ch => DisplayWidth.Of(ch) == 2) ? width : cell.IsLabel ? 12 : MaxColumn;
            widths[cell.Column] = Math.Max(widths[cell.Column], Math.Min(width, cap));
        }

        return widths;
    }

    /// <summary>Each row as tall as its tallest cell; a merged cell that needs more lines than its rows give makes its last row taller.</summary>
    private static int[] Heights(FormGrid grid, Dictionary<GridCell, IReadOnlyList<string>> lines)
    {
        var heights = new int[grid.Rows.Count];
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            heights[r] = Math.Max(1, grid.Rows[r].Cells.Where(c => c.RowSpan == 1).Select(c => lines[c].Count).DefaultIfEmpty(1).Max());
        }

        foreach (var (r, cell) in grid.Cells.Where(c => c.Cell.RowSpan > 1))
        {
            var last = Math.Min(r + cell.RowSpan, grid.Rows.Count) - 1;
            var have = Enumerable.Range(r, last - r + 1).Sum(i => heights[i]);
            heights[last] += Math.Max(0, lines[cell].Count - have);
        }

        return heights;
    }

    private static int FirstRow((GridCell Cell, bool Origin)?[,] matrix, int row, GridCell cell)
    {
        while (row > 0 && matrix[row - 1, cell.Column] is var (above, _) && ReferenceEquals(above, cell))
        {
            row--;
        }

        return row;
    }

    /// <summary>The rule above row <paramref name="r"/>: broken where a merged cell runs on through it.</summary>
    private static void Rule(StringBuilder text, (GridCell Cell, bool Origin)?[,] matrix, int r, FormGrid grid, int[] widths, Border border)
    {
        var (dash, cross, edge) = border == Border.Ascii ? ('-', '+', '+') : ('─', '┼', r == 0 ? '┌' : r == grid.Rows.Count ? '└' : '├');
        var line = new StringBuilder().Append(edge);
        for (var c = 0; c < grid.Columns; c++)
        {
            var through = r > 0 && r < grid.Rows.Count && matrix[r, c] is var (cell, _) && matrix[r - 1, c] is var (above, _) && ReferenceEquals(cell, above);
            line.Append(through ? ' ' : dash, widths[c] + 2);
            line.Append(c == grid.Columns - 1 ? (border == Border.Ascii ? '+' : r == 0 ? '┐' : r == grid.Rows.Count ? '┘' : '┤') : cross);
        }

        text.Append(line).Append('\n');
    }
}
