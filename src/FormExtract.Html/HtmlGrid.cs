using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>A table laid out on its grid of slots, as a browser shows it, with the problems met laying it out.</summary>
internal sealed record HtmlGrid(int Width, int Height, IReadOnlyList<PlacedCell> Cells, IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>The cell covering a slot, or null where the row is short.</summary>
    public PlacedCell? At(int row, int column) => Cells.FirstOrDefault(c => c.Covers(row, column));

    /// <summary>
    /// The grid in the shared row convention: a cell spanning rows appears on each (marked as a copy after its
    /// first), a cell spanning columns appears once, at its first column. Rows that show nothing new (no cell
    /// starts in them, or every cell in them is empty) are left out, and row spans count only the rows kept.
    /// </summary>
    public IReadOnlyList<LayoutRow> ToLayoutRows()
    {
        var byRow = new List<PlacedCell>[Height];
        for (var r = 0; r < Height; r++)
        {
            byRow[r] = [];
        }

        foreach (var cell in Cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                byRow[r].Add(cell);
            }
        }

        var kept = Enumerable.Range(0, Height)
            .Where(r => byRow[r].Any(c => c.Row == r) && byRow[r].Any(c => !string.IsNullOrWhiteSpace(c.Source.Text)))
            .ToHashSet();
        var rows = new List<LayoutRow>();
        for (var r = 0; r < Height; r++)
        {
            if (!kept.Contains(r))
            {
                continue;
            }

            var cells = byRow[r].OrderBy(c => c.Column).Select(c =>
            {
                var keptRows = Enumerable.Range(c.Row, c.RowSpan).Where(kept.Contains).ToArray();
                return new LayoutCell(c.Source.Text, c.Column, c.Source.Origin)
                {
                    RowSpan = keptRows.Length,
                    ColumnSpan = c.ColumnSpan,
                    IsSpanCopy = keptRows[0] != r,
                };
            });
            rows.Add(new LayoutRow(cells.ToArray()));
        }

        return rows;
    }
}
