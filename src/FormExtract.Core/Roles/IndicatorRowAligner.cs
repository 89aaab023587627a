using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// Gives the cells of one indicator row their columns. The header says which columns the table has and in
/// which order; text dumps shift cells left and right and drop merged ones, so positions alone cannot be
/// trusted. The row is aligned to the column order instead (dynamic programming over cells × columns): each
/// cell goes to a later column than the one before, to the column its shape fits best (分值 and 得分 hold
/// figures, a category label is one the vocabulary knows, a target is a quantity or a word), a column may
/// stay empty at a cost that says how rarely it is missing, and the exact header column is a small bonus
/// that decides only between otherwise equal readings.
/// </summary>
/// <remarks>
/// One aligner serves every form of one layout, whose tables repeat a few row shapes: an alignment depends only
/// on the columns, whether positions count, and per cell its shape, category flags, column and whether it is
/// short (<see cref="ColumnFit"/>), so a row described like one aligned before gets that one's columns. Forms
/// are read on several threads at once: the alignments remembered are shared safely, and there are at most
/// <see cref="MaxRemembered"/> of them, so a long bulk load does not grow without end.
/// </remarks>
internal sealed class IndicatorRowAligner(FormTemplate template)
{
    private const double Impossible = ColumnFit.Impossible;

    /// <summary>Row descriptions remembered at most; a layout's forms use a few dozen.</summary>
    private const int MaxRemembered = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IndicatorColumn?[]> _aligned = new(StringComparer.Ordinal);
    private int _remembered;

    /// <summary>The column of each cell, or null for a cell that belongs to none.</summary>
    /// <param name="cells">The row's cells in column order, empty ones included (they hold a column's place).</param>
    /// <param name="shapes">The shape of each cell (<see cref="CellShapes.Of"/>).</param>
    /// <param name="columns">The table's columns, in order.</param>
    /// <param name="trustPositions">Whether the row lies on the header's grid, so that a cell under a heading is a small sign it is that column.</param>
    public IReadOnlyList<IndicatorColumn?> Align(IReadOnlyList<LayoutCell> cells, IReadOnlyList<CellShape> shapes, IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, bool trustPositions)
    {
        var m = cells.Count;
        var labels = new (bool Group, bool Sub)[m];
        for (var i = 0; i < m; i++)
        {
            labels[i] = shapes[i] is CellShape.Text or CellShape.MisprintedFigure
                ? (template.Categories.FindGroup(cells[i].Key) is not null, template.Categories.FindSubCategory(cells[i].Key) is not null)
                : (false, false);
        }

        var length = 1 + (2 * columns.Count) + (2 * m);
        Span<char> description = length <= 256 ? stackalloc char[length] : new char[length];
        if (!Describe(description, cells, shapes, labels, columns, trustPositions))
        {
            return Solve(cells, shapes, labels, columns, trustPositions);
        }

        var lookup = _aligned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(description, out var aligned))
        {
            aligned = Solve(cells, shapes, labels, columns, trustPositions);
            if (Interlocked.Increment(ref _remembered) <= MaxRemembered)
            {
                lookup.TryAdd(description, aligned);
            }
        }

        return aligned;
    }

    /// <summary>What decides a row's alignment, one character per fact; false when a column number does not fit in one.</summary>
    private static bool Describe(Span<char> description, IReadOnlyList<LayoutCell> cells, IReadOnlyList<CellShape> shapes, (bool Group, bool Sub)[] labels,
        IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, bool trustPositions)
    {
        var at = 0;
        description[at++] = trustPositions ? 'T' : 'F';
        foreach (var column in columns)
        {
            if (column.Column >= char.MaxValue - 1)
            {
                return false;
            }

            description[at++] = (char)('A' + (int)column.Role);
            description[at++] = (char)(column.Column is { } number ? number + 1 : 0);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Column >= char.MaxValue)
            {
                return false;
            }

            var flags = ((int)shapes[i] << 3) | (labels[i].Group ? 1 : 0) | (labels[i].Sub ? 2 : 0) | (cells[i].Key.Length <= ColumnFit.ShortUnit ? 4 : 0);
            description[at++] = (char)('A' + flags);
            description[at++] = (char)cells[i].Column;
        }

        return true;
    }

    private static IndicatorColumn?[] Solve(IReadOnlyList<LayoutCell> cells, IReadOnlyList<CellShape> shapes, (bool Group, bool Sub)[] labels,
        IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, bool trustPositions)
    {
        var m = cells.Count;
        var k = columns.Count;

        Span<double> fit = m * k <= 1024 ? stackalloc double[m * k] : new double[m * k];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < k; j++)
            {
                fit[(i * k) + j] = ColumnFit.Fit(cells[i], shapes[i], columns[j], trustPositions, labels[i].Group, labels[i].Sub);
            }
        }

        // best[i, j, open]: the best score having placed the first i cells and passed the first j columns;
        // open: column j-1 took a cell, so the next cell may continue it. from: the state it was reached from,
        // with its sign telling whether the step placed a cell. Flat arrays: a row is aligned per row of every form.
        var states = (m + 1) * (k + 1) * 2;
        Span<double> best = states <= 1024 ? stackalloc double[states] : new double[states];
        Span<int> from = states <= 1024 ? stackalloc int[states] : new int[states];
        best.Fill(Impossible);
        best[0] = 0;
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= k; j++)
            {
                for (var open = 0; open < 2; open++)
                {
                    var state = Index(i, j, open);
                    var here = best[state];
                    if (double.IsNegativeInfinity(here))
                    {
                        continue;
                    }

                    if (i < m && j < k)
                    {
                        Relax(best, from, state, Index(i + 1, j + 1, 1), here + fit[(i * k) + j], placed: true);
                    }

                    if (j < k)
                    {
                        Relax(best, from, state, Index(i, j + 1, 0), here + ColumnFit.Missing(columns[j].Role), placed: false);
                    }

                    if (i < m && open == 1 && j > 0 && !UnderOtherHeading(cells[i], columns, j - 1, trustPositions))
                    {
                        Relax(best, from, state, Index(i + 1, j, 1), here + ColumnFit.Continue(shapes[i], columns[j - 1].Role), placed: true);
                    }

                    if (i < m)
                    {
                        var empty = shapes[i] == CellShape.Empty;
                        Relax(best, from, state, Index(i + 1, j, empty ? open : 0), here + (empty ? 0 : ColumnFit.DropText), placed: false);
                    }
                }
            }
        }

        var result = new IndicatorColumn?[m];
        var current = best[Index(m, k, 1)] > best[Index(m, k, 0)] ? Index(m, k, 1) : Index(m, k, 0);
        while (current != 0)
        {
            var previous = from[current];
            var (ci, cj) = (current / 2 / (k + 1), current / 2 % (k + 1));
            if (previous < 0)
            {
                // A cell placed without passing a column continues the column before.
                result[ci - 1] = columns[cj - 1].Role;
                previous = -previous - 1;
            }

            current = previous;
        }

        return result;

        int Index(int i, int j, int open) => (((i * (k + 1)) + j) * 2) + open;
    }

    /// <summary>
    /// Whether a cell lies, on the header's grid, under a heading other than that of the column it would go on: a
    /// column the contract skips (调整指标值, 得分系数) does not run on under the next heading, whose cell it is.
    /// </summary>
    private static bool UnderOtherHeading(LayoutCell cell, IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, int column, bool trustPositions)
    {
        if (!trustPositions || columns[column].Role is not (IndicatorColumn.Ignore or IndicatorColumn.Criteria) || columns[column].Column == cell.Column)
        {
            return false;
        }

        foreach (var other in columns)
        {
            if (other.Column == cell.Column)
            {
                return true;
            }
        }

        return false;
    }

    private static void Relax(Span<double> best, Span<int> from, int source, int target, double score, bool placed)
    {
        if (score > best[target])
        {
            best[target] = score;
            from[target] = placed ? -source - 1 : source;
        }
    }
}
