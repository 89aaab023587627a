using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// Cuts a stream of indicator cells, whose rows were lost (an HTML table dumped one cell per line, a table
/// flattened onto a few lines), back into rows. The same alignment as <see cref="IndicatorRowAligner"/> runs
/// over the whole stream, with one more step: once a row has its name and has passed every column, a new row
/// may start. Every row needs a name; a category label goes to the row it precedes.
/// </summary>
internal sealed class IndicatorStreamAligner(FormTemplate template)
{
    /// <summary>Starting a row costs a little, so that a cell is not made a row of its own without need.</summary>
    private const double RowBreak = -0.3;

    /// <summary>For each row, the cells that belong to it with their columns, in order.</summary>
    public IReadOnlyList<IReadOnlyList<(int Cell, IndicatorColumn Column)>> Align(IReadOnlyList<LayoutCell> cells, IReadOnlyList<IndicatorColumn> columns)
    {
        var n = cells.Count;
        var k = columns.Count;
        var nameAt = Math.Max(0, columns.ToList().IndexOf(IndicatorColumn.Name));
        var shapes = new CellShape[n];
        var fit = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            shapes[i] = CellShapes.Of(cells[i], template);
            // A label with its points (效益指标30分)) reads as a misprinted figure; it is a label all the same.
            var (group, sub) = shapes[i] is CellShape.Text or CellShape.MisprintedFigure
                ? (template.Categories.FindGroup(cells[i].Key) is not null || IsPointsAlone(cells[i].Key), template.Categories.FindSubCategory(cells[i].Key) is not null)
                : (false, false);
            for (var j = 0; j < k; j++)
            {
                fit[(i * k) + j] = ColumnFit.Fit(cells[i], shapes[i], new HeaderColumn<IndicatorColumn>(columns[j], null), false, group, sub);
            }
        }

        // State (i, j, open, named): i cells placed, j columns of the current row passed, the last column took a
        // cell (open), the current row has its name (named).
        var states = (n + 1) * (k + 1) * 4;
        var best = new double[states];
        var from = new int[states];
        var kind = new byte[states];
        Array.Fill(best, ColumnFit.Impossible);
        best[0] = 0;
        int Index(int i, int j, int open, int named) => (((((i * (k + 1)) + j) * 2) + open) * 2) + named;

        void Relax(int source, int target, double score, byte how)
        {
            if (score > best[target])
            {
                best[target] = score;
                from[target] = source;
                kind[target] = how;
            }
        }

        void Step(int i, int j, int open, int named)
        {
            var state = Index(i, j, open, named);
            var here = best[state];
            if (double.IsNegativeInfinity(here))
            {
                return;
            }

            if (i < n && j < k)
            {
                Relax(state, Index(i + 1, j + 1, 1, named | (j == nameAt ? 1 : 0)), here + fit[(i * k) + j], Placed);
            }

            if (j < k)
            {
                Relax(state, Index(i, j + 1, 0, named), here + ColumnFit.Missing(columns[j]), Passed);
            }

            if (i < n && open == 1 && j > 0)
            {
                Relax(state, Index(i + 1, j, 1, named), here + ColumnFit.Continue(shapes[i], columns[j - 1]), Continued);
            }

            if (i < n)
            {
                var empty = shapes[i] == CellShape.Empty;
                Relax(state, Index(i + 1, j, empty ? open : 0, named), here + (empty ? 0 : ColumnFit.DropText), Passed);
            }
        }

        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= k; j++)
            {
                for (var open = 0; open < 2; open++)
                {
                    Step(i, j, open, 0);
                    Step(i, j, open, 1);
                }
            }

            // A finished row with its name may give way to a new one; the new row's first steps run again.
            for (var open = 0; open < 2; open++)
            {
                var end = Index(i, k, open, 1);
                Relax(end, Index(i, 0, 0, 0), best[end] + RowBreak, NewRow);
            }

            for (var j = 0; j <= k; j++)
            {
                for (var open = 0; open < 2; open++)
                {
                    Step(i, j, open, 0);
                }
            }
        }

        // The stream may end inside a row: a form cut off after a category label leaves a row of labels alone.
        var last = Enumerable.Range(0, k + 1).SelectMany(j => new[] { Index(n, j, 0, 0), Index(n, j, 1, 0), Index(n, k, 0, 1), Index(n, k, 1, 1) })
            .MaxBy(s => best[s]);
        return Rows(last, from, kind, k, columns);
    }

    /// <summary>Points printed alone ((30分)) are what is left of a category's merged cell whose name was lost: they stand in its column.</summary>
    private static bool IsPointsAlone(string key) => PrintedPoints.Split(key) is { Points: not null, Words: var words } && words.Trim('(', ')', '（', '）').Length == 0;

    private const byte Passed = 0;
    private const byte Placed = 1;
    private const byte Continued = 2;
    private const byte NewRow = 3;

    private static List<IReadOnlyList<(int Cell, IndicatorColumn Column)>> Rows(int state, int[] from, byte[] kind, int k, IReadOnlyList<IndicatorColumn> columns)
    {
        var rows = new List<IReadOnlyList<(int Cell, IndicatorColumn Column)>>();
        var current = new List<(int Cell, IndicatorColumn Column)>();
        while (state != 0)
        {
            var i = state / 4 / (k + 1);
            var j = state / 4 % (k + 1);
            switch (kind[state])
            {
                case Placed or Continued:
                    current.Add((i - 1, columns[j - 1]));
                    break;
                case NewRow:
                    current.Reverse();
                    rows.Add(current);
                    current = [];
                    break;
            }

            state = from[state];
        }

        current.Reverse();
        rows.Add(current);
        rows.Reverse();
        return rows.Where(r => r.Count > 0).ToList();
    }
}
