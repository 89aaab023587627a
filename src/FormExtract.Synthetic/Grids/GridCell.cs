namespace FormExtract.Synthetic.Grids;

/// <summary>
/// One cell of a printed table, on the row where it starts: its text, its first column and its spans. A cell that
/// prints a field of the truth names it (<see cref="Field"/>, a path such as <c>/indicators/3/name</c>), so that a
/// form cut off at any cell knows what it still holds. <see cref="Html"/> is markup to print instead of the text
/// (a heading broken with <c>&lt;br&gt;</c>).
/// </summary>
internal sealed record GridCell
{
    public GridCell(string text, int column, int columnSpan = 1, int rowSpan = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        Text = text;
        Column = column;
        ColumnSpan = columnSpan;
        RowSpan = rowSpan;
    }

    public string Text { get; init; }

    public int Column { get; init; }

    public int ColumnSpan { get; init; }

    public int RowSpan { get; init; }

    public string? Field { get; init; }

    public string? Html { get; init; }

    /// <summary>A long text, set flush left.</summary>
    public bool Left { get; init; }

    /// <summary>A label of the form (a heading, a row or block label) rather than a value.</summary>
    public bool IsLabel { get; init; }

    public int LastColumn => Column + ColumnSpan - 1;
}
