using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>
/// The HTML table model ("forming a table"): each cell takes the first free slot of its row, left to right,
/// and covers the slots of its spans. Where the markup asks for more than a browser shows, the grid follows
/// the browser and says so in a warning naming the cell: row spans stop at the end of their row group,
/// column spans stop at the last column any cell starts in, and a span running into a slot already taken
/// stops before it. Cells starting beyond the width the rows share are left out, with a warning.
/// </summary>
internal static class HtmlGridBuilder
{
    // The limits browsers apply to span attributes (HTML: colspan ≤ 1000, rowspan ≤ 65534).
    private const int MaxColumnSpan = 1000;
    private const int MaxRowSpan = 65534;

    public static HtmlGrid Build(IReadOnlyList<GridRowGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var slots = new Dictionary<(int Row, int Column), PlacedCell>();
        var cells = new List<PlacedCell>();
        var warnings = new List<ExtractionWarning>();
        var row = 0;
        foreach (var group in groups)
        {
            var groupEnd = row + group.Rows.Count;
            foreach (var source in group.Rows)
            {
                var column = 0;
                foreach (var cell in source.Cells)
                {
                    while (slots.ContainsKey((row, column)))
                    {
                        column++;
                    }

                    var placed = Place(cell, row, column, groupEnd, slots, warnings);
                    cells.Add(placed);
                    for (var r = placed.Row; r < placed.Row + placed.RowSpan; r++)
                    {
                        for (var c = placed.Column; c < placed.Column + placed.ColumnSpan; c++)
                        {
                            slots[(r, c)] = placed;
                        }
                    }

                    column += placed.ColumnSpan;
                }

                row++;
            }
        }

        var width = cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1;
        var clipped = cells.Select(c => ClipToWidth(c, width, warnings)).ToArray();
        var kept = DropBeyondUsualWidth(clipped, row, warnings);
        return new HtmlGrid(kept.Length == 0 ? 0 : kept.Max(c => c.Column + c.ColumnSpan), row, kept, warnings);
    }

    private static PlacedCell Place(
        GridCellSource cell, int row, int column, int groupEnd, Dictionary<(int, int), PlacedCell> slots, List<ExtractionWarning> warnings)
    {
        var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
        for (var c = column + 1; c < column + columnSpan; c++)
        {
            if (slots.ContainsKey((row, c)))
            {
                warnings.Add(Warn("span-overlap", cell,
                    $"{cell.Path}: its colspan {columnSpan} runs into a cell spanning down from above; it was cut to {c - column}."));
                columnSpan = c - column;
                break;
            }
        }

        var rowSpan = cell.RowSpan <= 0 ? groupEnd - row : Math.Min(cell.RowSpan, MaxRowSpan);
        if (row + rowSpan > groupEnd)
        {
            warnings.Add(Warn("span-overrun", cell,
                $"{cell.Path}: its rowspan {cell.RowSpan} runs past the last row of its table section; it was cut to {groupEnd - row}."));
            rowSpan = groupEnd - row;
        }

        // A slot below can only be taken by a cell that also takes the slot in this row, checked above.
        return new PlacedCell(cell, row, column, rowSpan, columnSpan);
    }

    private static PlacedCell ClipToWidth(PlacedCell cell, int width, List<ExtractionWarning> warnings)
    {
        if (cell.Column + cell.ColumnSpan <= width)
        {
            return cell;
        }

        warnings.Add(Warn("span-overrun", cell.Source,
            $"{cell.Source.Path}: its colspan {cell.Source.ColumnSpan} runs past the table's {width} columns; it was cut to {width - cell.Column}."));
        return cell with { ColumnSpan = width - cell.Column };
    }

    /// <summary>
    /// A row longer than the others (a stray cell, a missing colspan) is shown by browsers as an extra column
    /// that no heading names. Cells starting there are left out, and named if they held text. The table's
    /// width is the widest extent at least two rows reach, so rows that merely omit trailing cells do not
    /// make a real last column look stray.
    /// </summary>
    private static PlacedCell[] DropBeyondUsualWidth(IReadOnlyList<PlacedCell> cells, int height, List<ExtractionWarning> warnings)
    {
        // Empty cells do not count: a stray empty cell is the commonest way a row grows too long.
        var extents = new int[height];
        foreach (var cell in cells.Where(c => !string.IsNullOrWhiteSpace(c.Source.Text)))
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                extents[r] = Math.Max(extents[r], cell.Column + cell.ColumnSpan);
            }
        }

        var needed = Math.Min(2, extents.Count(e => e > 0));
        var usual = extents.Where(e => e > 0).Distinct().Where(e => extents.Count(x => x >= e) >= needed).DefaultIfEmpty(0).Max();
        foreach (var cell in cells.Where(c => c.Column >= usual && !string.IsNullOrWhiteSpace(c.Source.Text)))
        {
            warnings.Add(Warn("cell-beyond-width", cell.Source,
                $"{cell.Source.Path}: the cell lies in column {cell.Column + 1}, beyond the {usual} columns of the table; its text \"{Excerpt(cell.Source.Text)}\" was left out."));
        }

        return cells.Where(c => c.Column < usual).ToArray();
    }

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 30 ? flat : flat[..30] + "…";
    }

    private static ExtractionWarning Warn(string code, GridCellSource cell, string message) =>
        new(code, message, Path: cell.Path, Line: cell.Origin.Line);
}
