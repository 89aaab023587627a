namespace FormExtract.Core.Layout;

/// <summary>
/// A table laid out on its grid turned into rows in the shared row convention: a cell spanning rows appears on
/// each (marked as a copy after its first), a cell spanning columns appears once, at its first column. Rows that
/// show nothing new (no cell starts in them, or every cell in them is empty) are left out, and row spans count
/// only the rows kept. Every reader of ruled tables (HTML, Word, spreadsheets) hands its tables over this way.
/// </summary>
public static class SpannedTable
{
    public static IReadOnlyList<LayoutRow> ToLayoutRows(int height, IReadOnlyList<SpannedCell> cells)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentNullException.ThrowIfNull(cells);
        var byRow = new List<SpannedCell>[height];
        for (var r = 0; r < height; r++)
        {
            byRow[r] = [];
        }

        foreach (var cell in cells)
        {
            for (var r = cell.Row; r < Math.Min(height, cell.Row + cell.RowSpan); r++)
            {
                byRow[r].Add(cell);
            }
        }

        var kept = new bool[height];
        for (var r = 0; r < height; r++)
        {
            kept[r] = byRow[r].Exists(c => c.Row == r) && byRow[r].Exists(c => !string.IsNullOrWhiteSpace(c.Text));
        }

        var rows = new List<LayoutRow>();
        for (var r = 0; r < height; r++)
        {
            if (!kept[r])
            {
                continue;
            }

            var cellsOfRow = byRow[r].OrderBy(c => c.Column).Select(c =>
            {
                var last = Math.Min(height, c.Row + c.RowSpan);
                var firstKept = c.Row;
                while (!kept[firstKept])
                {
                    firstKept++;
                }

                var keptRows = 0;
                for (var k = c.Row; k < last; k++)
                {
                    keptRows += kept[k] ? 1 : 0;
                }

                return new LayoutCell(c.Text, c.Column, c.Origin)
                {
                    RowSpan = keptRows,
                    ColumnSpan = c.ColumnSpan,
                    IsSpanCopy = firstKept != r,
                };
            });
            rows.Add(new LayoutRow(cellsOfRow.ToArray()));
        }

        return rows;
    }
}
