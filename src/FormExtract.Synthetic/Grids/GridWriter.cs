namespace FormExtract.Synthetic.Grids;

/// <summary>Writes a <see cref="FormGrid"/> row by row.</summary>
internal sealed class GridWriter(int columns)
{
    private readonly List<GridLine> _above = [];
    private readonly List<GridRow> _rows = [];

    public int Columns => columns;

    /// <summary>How many rows are written so far: the index of the next row.</summary>
    public int RowCount => _rows.Count;

    public void Above(string text, string? field = null, bool title = false) => _above.Add(new GridLine(text, field) { IsTitle = title });

    public void Row(params GridCell[] cells) => Add(cells, inIndicators: false);

    public void IndicatorRow(params GridCell[] cells) => Add(cells, inIndicators: true);

    public FormGrid Build(IReadOnlyList<int> widths)
    {
        if (widths.Count != columns)
        {
            throw new ArgumentException($"{widths.Count} widths for {columns} columns.", nameof(widths));
        }

        return new FormGrid(columns, _above.ToArray(), _rows.ToArray()) { Widths = widths };
    }

    private void Add(GridCell[] cells, bool inIndicators)
    {
        if (cells.Any(c => c.LastColumn >= columns))
        {
            throw new ArgumentException($"A cell of row {_rows.Count} lies beyond column {columns - 1}.", nameof(cells));
        }

        _rows.Add(new GridRow(cells.OrderBy(c => c.Column).ToArray()) { InIndicators = inIndicators });
    }

    /// <summary>A label of the form.</summary>
    public static GridCell Label(string text, int column, int columnSpan = 1, int rowSpan = 1, string? html = null, string? field = null) =>
        new(text, column, columnSpan, rowSpan) { IsLabel = true, Html = html, Field = field };

    /// <summary>A value, or an empty cell where the form leaves it blank.</summary>
    public static GridCell Value(string? text, int column, string? field, int columnSpan = 1, int rowSpan = 1, bool left = false) =>
        new(text ?? string.Empty, column, columnSpan, rowSpan) { Field = string.IsNullOrEmpty(text) ? null : field, Left = left };
}
