namespace FormExtract.Core.Ingestion.Text;

/// <summary>The text of one line within one column (and the columns its text runs over).</summary>
internal sealed record LineCell(int Column, int Span, int Start, int End, string Text);

/// <summary>
/// One cell's text as it runs down a column: its lines from <see cref="Top"/> to <see cref="Bottom"/> (indexes of
/// the region's lines) and the columns it covers.
/// </summary>
internal sealed class CellBlock(int column, int top)
{
    private readonly List<(int Line, string Text)> _lines = [];

    public int Column { get; } = column;

    public int Span { get; private set; } = 1;

    public int Top { get; private set; } = top;

    public int Bottom { get; private set; } = top;

    public int Start { get; private set; } = int.MaxValue;

    public int End { get; private set; }

    /// <summary>A label set in a narrow column, one or two characters a line, possibly over several rows.</summary>
    public bool Vertical { get; init; }

    public IReadOnlyList<(int Line, string Text)> Lines => _lines;

    public LineCell? Last { get; private set; }

    /// <summary>In a drawn grid, the lines the cell's box covers: from the rule above it to the rule that closes it.</summary>
    public int From { get; set; } = top;

    public int Reach { get; set; } = int.MaxValue;

    public void Add(int line, LineCell cell)
    {
        _lines.Add((line, cell.Text));
        Bottom = line;
        Top = Math.Min(Top, line);
        Span = Math.Max(Span, cell.Column + cell.Span - Column);
        Start = Math.Min(Start, cell.Start);
        End = Math.Max(End, cell.End);
        Last = cell;
    }

    /// <summary>A part of this block's lines, as a block of its own (a vertical label cut into the labels it runs together).</summary>
    public static CellBlock Of(int column, IReadOnlyList<(int Line, string Text)> lines, bool vertical)
    {
        var block = new CellBlock(column, lines[0].Line) { Vertical = vertical };
        foreach (var (line, text) in lines)
        {
            block._lines.Add((line, text));
            block.Bottom = line;
        }

        return block;
    }
}
