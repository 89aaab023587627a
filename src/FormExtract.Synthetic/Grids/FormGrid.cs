namespace FormExtract.Synthetic.Grids;

/// <summary>
/// One form as a printed table: the lines above it (title, year, a 填报单位 line) and its rows on a grid of
/// <see cref="Columns"/> columns, merged cells given once with their spans. Every renderer, HTML and each text
/// shape, prints a form from this.
/// </summary>
internal sealed record FormGrid(int Columns, IReadOnlyList<GridLine> Above, IReadOnlyList<GridRow> Rows)
{
    /// <summary>Relative column widths for HTML, one per column.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [];

    /// <summary>Every cell with the index of its row.</summary>
    public IEnumerable<(int Row, GridCell Cell)> Cells => Rows.SelectMany((row, i) => row.Cells.Select(c => (i, c)));

    /// <summary>
    /// The grid as a matrix: each position holds the cell that covers it and whether it is the cell's first
    /// position (where its text is printed).
    /// </summary>
    public (GridCell Cell, bool Origin)?[,] Matrix()
    {
        var matrix = new (GridCell, bool)?[Rows.Count, Columns];
        for (var r = 0; r < Rows.Count; r++)
        {
            foreach (var cell in Rows[r].Cells)
            {
                for (var dr = 0; dr < cell.RowSpan && r + dr < Rows.Count; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan && cell.Column + dc < Columns; dc++)
                    {
                        matrix[r + dr, cell.Column + dc] = (cell, dr == 0 && dc == 0);
                    }
                }
            }
        }

        return matrix;
    }
}

/// <summary>A line printed above the table: the title, the year, a line of who filled the form in.</summary>
internal sealed record GridLine(string Text, string? Field = null)
{
    public bool IsTitle { get; init; }
}
