using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Pdf;

/// <summary>
/// A table being put together from its pieces on consecutive pages. Cells keep their x-extent rather than a
/// column index, so that pieces whose grids draw different inner edges still line up; columns are numbered
/// only when the rows are emitted.
/// </summary>
internal sealed class StitchedTable
{
    private readonly List<Piece> _cells = [];
    private readonly List<(int Page, bool FollowsBreak)> _rows = [];
    private readonly List<double> _edges = [];
    private readonly double _tolerance;

    public StitchedTable(PageTable first, bool followsBreak, double tolerance)
    {
        _tolerance = tolerance;
        Last = first;
        Add(first, followsBreak, continuation: false);
    }

    /// <summary>The piece added last: the one a table on the next page must line up with.</summary>
    public PageTable Last { get; private set; }

    /// <summary>Whether a table at the top of the next page continues this one: same outer edges, shared inner edges.</summary>
    public bool IsContinuedBy(PageTable next)
    {
        var tolerance = 2 * _tolerance;
        if (Math.Abs(next.Bounds.X0 - Last.Bounds.X0) > tolerance || Math.Abs(next.Bounds.X1 - Last.Bounds.X1) > tolerance)
        {
            return false;
        }

        var inner = next.ColumnEdges.Skip(1).SkipLast(1).ToArray();
        var shared = inner.Count(x => _edges.Any(e => Math.Abs(e - x) <= tolerance));
        return inner.Length == 0 || shared * 2 >= inner.Length;
    }

    /// <summary>
    /// Adds the next page's piece: a repeated header row is dropped; a cell open at the top continues the cell
    /// above the break when that one is open at the bottom (a row or a merged category cell cut by the break:
    /// texts joined, spans extended). Chromium leaves the top border off the first row of every continued
    /// page, so an open top alone does not make a cut.
    /// </summary>
    public void Continue(PageTable next)
    {
        Last = next;
        Add(next, followsBreak: true, continuation: true);
    }

    public IEnumerable<LayoutRow> Rows()
    {
        var edges = Cluster(_edges);
        for (var r = 0; r < _rows.Count; r++)
        {
            var cells = _cells
                .Where(c => c.Row <= r && r < c.Row + c.RowSpan)
                .Select(c => (Cell: c, Column: Nearest(edges, c.Left), End: Nearest(edges, c.Right)))
                .OrderBy(c => c.Column)
                .Select(c => new LayoutCell(c.Cell.Text, c.Column, c.Cell.Origin)
                {
                    RowSpan = c.Cell.RowSpan,
                    ColumnSpan = Math.Max(1, c.End - c.Column),
                    IsSpanCopy = r > c.Cell.Row,
                })
                .ToArray();
            yield return new LayoutRow(cells) { Page = _rows[r].Page, FollowsBreak = _rows[r].FollowsBreak };
        }
    }

    private void Add(PageTable table, bool followsBreak, bool continuation)
    {
        _edges.AddRange(table.ColumnEdges);
        var previousLast = _rows.Count - 1;
        var firstRow = table.CellsStartingOn(0).ToArray();
        var skipHeader = continuation && RepeatsAHeader(firstRow);
        // The row the break cut goes on at the top of the page, or below the header printed again there, where
        // the header's bottom rule closes its cells: then every cell above the break being open at the bottom
        // tells it, where a break between rows leaves a rule under them.
        var cutRow = skipHeader ? table.CellsStartingOn(1).ToArray() : firstRow;
        var mergeFirst = continuation && previousLast >= 0 && cutRow.Length > 0
            && cutRow.All(c => (skipHeader || c.OpenTop) && Covering(previousLast, c.Box) is { OpenBottom: true });
        var offset = _rows.Count - (skipHeader ? 1 : 0) - (mergeFirst ? 1 : 0);
        for (var r = skipHeader ? 1 : 0; r < table.RowCount; r++)
        {
            if (offset + r >= _rows.Count)
            {
                _rows.Add((table.Page, followsBreak && _rows.Count == previousLast + 1 && !mergeFirst));
            }
        }

        foreach (var cell in table.Cells)
        {
            if (skipHeader && cell.Row == 0)
            {
                continue;
            }

            var row = offset + cell.Row;
            var origin = CellOrigin.OnPage(table.Page, cell.Box) with { Evidence = cell.Evidence };
            // Below a repeated header the cut is hidden (the header's bottom rule closes the cell), but an
            // empty cell under it whose counterpart above the break is open at the bottom is that cell continued,
            // and so is every cell of the row under it when the whole row above the break was cut (mergeFirst).
            var continues = cell.OpenTop || (skipHeader && cell.Row == 1 && (mergeFirst || string.IsNullOrWhiteSpace(cell.Text)));
            var target = continuation && continues && previousLast >= 0 ? Covering(previousLast, cell.Box) : null;
            if (target is { OpenBottom: true })
            {
                target.OpenBottom = cell.OpenBottom;
                target.Text = TextNormalizer.JoinFragments(target.Text, cell.Text);
                target.RowSpan = Math.Max(target.Row + target.RowSpan, row + cell.RowSpan) - target.Row;
                target.Origin = target.Origin.Join(origin);
                continue;
            }

            _cells.Add(new Piece(row, cell.RowSpan, cell.Box.X0, cell.Box.X1, cell.Text, origin) { OpenBottom = cell.OpenBottom });
        }
    }

    /// <summary>A first row whose texts repeat a row already read (a header printed again on every page).</summary>
    private bool RepeatsAHeader(TableCell[] firstRow)
    {
        var texts = firstRow.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => TextNormalizer.Compact(c.Text)).ToArray();
        if (texts.Length < 3 || firstRow.Any(c => c.RowSpan > 1 || c.OpenTop))
        {
            return false;
        }

        return _cells.GroupBy(c => c.Row).Any(g => g
            .OrderBy(c => c.Left)
            .Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .Select(c => TextNormalizer.Compact(c.Text))
            .SequenceEqual(texts));
    }

    /// <summary>The cell of the given row that overlaps the box's x-extent most.</summary>
    private Piece? Covering(int row, Box box) =>
        _cells
            .Where(c => c.Row <= row && row < c.Row + c.RowSpan)
            .Select(c => (Cell: c, Overlap: Math.Min(c.Right, box.X1) - Math.Max(c.Left, box.X0)))
            .Where(c => c.Overlap > _tolerance)
            .OrderByDescending(c => c.Overlap)
            .Select(c => c.Cell)
            .FirstOrDefault();

    private List<double> Cluster(IEnumerable<double> values)
    {
        var edges = new List<double>();
        foreach (var value in values.Order())
        {
            if (edges.Count == 0 || value - edges[^1] > 2 * _tolerance)
            {
                edges.Add(value);
            }
        }

        return edges;
    }

    private static int Nearest(List<double> edges, double x)
    {
        var best = 0;
        for (var i = 1; i < edges.Count; i++)
        {
            if (Math.Abs(edges[i] - x) < Math.Abs(edges[best] - x))
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class Piece(int row, int rowSpan, double left, double right, string text, CellOrigin origin)
    {
        public int Row { get; } = row;

        public int RowSpan { get; set; } = rowSpan;

        public double Left { get; } = left;

        public double Right { get; } = right;

        public string Text { get; set; } = text;

        public CellOrigin Origin { get; set; } = origin;

        public bool OpenBottom { get; set; }
    }
}
