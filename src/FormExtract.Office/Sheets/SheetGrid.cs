using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Office.Sheets;

/// <summary>
/// A sheet's cells as table rows: a merged range is one cell at its top-left spanning its rows and columns (the
/// values Excel keeps under a merge, if any, are not shown and not read), every other cell spans one. Rows where
/// no cell starts are left out before the spans are counted (a sheet's rows run to a million), and columns are
/// counted from the sheet's leftmost used one. The slots no cell covers get empty cells, as an HTML or Word table
/// has them, so that every reader hands over a table alike. Each cell's origin is its reference, <c>Sheet1!D7</c>.
/// </summary>
internal static class SheetGrid
{
    /// <summary>Merged ranges larger than this are matched against the cells, not walked cell by cell.</summary>
    private const long WalkedMergeArea = 4096;

    /// <summary>Columns filled with empty cells at most: a form has about 10; a stray cell far right is not a table's edge.</summary>
    private const int FilledColumns = 64;

    public static IReadOnlyList<LayoutRow> Rows(string sheet, SheetContent content)
    {
        var byAddress = new Dictionary<CellAddress, SheetCell>();
        foreach (var cell in content.Cells)
        {
            byAddress[cell.At] = cell;
        }

        foreach (var merge in content.Merges)
        {
            Hide(merge, byAddress);
        }

        var starts = content.Cells.Where(c => byAddress.ContainsKey(c.At)).Select(c => (c.At, Span: (MergedRange?)null))
            .Concat(content.Merges.Select(m => (At: m.From, Span: (MergedRange?)m)))
            .GroupBy(s => s.At)
            .Select(g => g.OrderBy(s => s.Span is null ? 1 : 0).First())
            .ToArray();
        if (starts.Length == 0)
        {
            return [];
        }

        var rows = starts.Select(s => s.At.Row).Distinct().Order().ToArray();
        var left = starts.Min(s => s.At.Column);
        var placed = starts.Select(s =>
        {
            var first = Array.BinarySearch(rows, s.At.Row);
            var lastRow = s.Span?.To.Row ?? s.At.Row;
            var end = Array.BinarySearch(rows, lastRow);
            var last = end >= 0 ? end : ~end - 1;
            var text = byAddress.TryGetValue(s.At, out var cell) ? cell.Text : string.Empty;
            var columns = s.Span is { } m ? m.To.Column - m.From.Column + 1 : 1;
            var origin = CellOrigin.At(s.At.On(sheet), cell?.Formula);
            return new SpannedCell(text, first, s.At.Column - left, last - first + 1, columns, origin);
        }).ToList();
        placed.AddRange(EmptySlots(sheet, placed, rows, left));
        return SpannedTable.ToLayoutRows(rows.Length, placed);
    }

    private static IEnumerable<SpannedCell> EmptySlots(string sheet, IReadOnlyList<SpannedCell> placed, int[] rows, int left)
    {
        var width = Math.Min(FilledColumns, placed.Max(c => c.Column + c.ColumnSpan));
        var taken = new bool[rows.Length, width];
        foreach (var cell in placed)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < Math.Min(width, cell.Column + cell.ColumnSpan); c++)
                {
                    taken[r, c] = true;
                }
            }
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < width; c++)
            {
                if (!taken[r, c])
                {
                    yield return new SpannedCell(string.Empty, r, c, 1, 1, CellOrigin.At(new CellAddress(rows[r], c + left).On(sheet)));
                }
            }
        }
    }

    /// <summary>Drops the cells a merged range covers, but its top-left one.</summary>
    private static void Hide(MergedRange merge, Dictionary<CellAddress, SheetCell> cells)
    {
        var area = (long)(merge.To.Row - merge.From.Row + 1) * (merge.To.Column - merge.From.Column + 1);
        if (area <= WalkedMergeArea)
        {
            for (var r = merge.From.Row; r <= merge.To.Row; r++)
            {
                for (var c = merge.From.Column; c <= merge.To.Column; c++)
                {
                    if (r != merge.From.Row || c != merge.From.Column)
                    {
                        cells.Remove(new CellAddress(r, c));
                    }
                }
            }

            return;
        }

        foreach (var at in cells.Keys.Where(a => merge.Contains(a) && a != merge.From).ToArray())
        {
            cells.Remove(at);
        }
    }
}
