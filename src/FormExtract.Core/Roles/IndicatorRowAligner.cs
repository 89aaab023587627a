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
internal sealed class IndicatorRowAligner(FormTemplate template)
{
    private const double Impossible = double.NegativeInfinity;
    private const double DropText = -2.5;
    private const double PositionBonus = 0.3;

    /// <summary>The column of each cell, or null for a cell that belongs to none.</summary>
    public IndicatorColumn?[] Align(IReadOnlyList<LayoutCell> cells, IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, bool trustPositions)
    {
        var m = cells.Count;
        var k = columns.Count;
        var shapes = cells.Select(c => CellShapes.Of(c, template)).ToArray();

        // best[i, j, open]: the best score having placed the first i cells and passed the first j columns;
        // open: column j-1 took a cell, so the next cell may continue it. from: the state it was reached from.
        var best = new double[m + 1, k + 1, 2];
        var from = new (int I, int J, int Open, bool Placed)[m + 1, k + 1, 2];
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= k; j++)
            {
                best[i, j, 0] = best[i, j, 1] = Impossible;
            }
        }

        best[0, 0, 0] = 0;
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j <= k; j++)
            {
                for (var open = 0; open < 2; open++)
                {
                    var here = best[i, j, open];
                    if (double.IsNegativeInfinity(here))
                    {
                        continue;
                    }

                    if (i < m && j < k)
                    {
                        Relax((i, j, open), i + 1, j + 1, 1, here + Fit(cells[i], shapes[i], columns[j], trustPositions), placed: true);
                    }

                    if (j < k)
                    {
                        Relax((i, j, open), i, j + 1, 0, here + Missing(columns[j].Role), placed: false);
                    }

                    if (i < m && open == 1 && j > 0)
                    {
                        Relax((i, j, open), i + 1, j, 1, here + Continue(shapes[i], columns[j - 1].Role), placed: true);
                    }

                    if (i < m)
                    {
                        var empty = shapes[i] == CellShape.Empty;
                        Relax((i, j, open), i + 1, j, empty ? open : 0, here + (empty ? 0 : DropText), placed: false);
                    }
                }
            }
        }

        var result = new IndicatorColumn?[m];
        var state = (I: m, J: k, Open: best[m, k, 1] > best[m, k, 0] ? 1 : 0);
        while (state.I > 0 || state.J > 0)
        {
            var previous = from[state.I, state.J, state.Open];
            if (previous.Placed)
            {
                // A cell placed without passing a column continues the column before.
                result[state.I - 1] = columns[state.J - 1].Role;
            }

            state = (previous.I, previous.J, previous.Open);
        }

        return result;

        void Relax((int I, int J, int Open) source, int i, int j, int open, double score, bool placed)
        {
            if (score > best[i, j, open])
            {
                best[i, j, open] = score;
                from[i, j, open] = (source.I, source.J, source.Open, placed);
            }
        }
    }

    private double Fit(LayoutCell cell, CellShape shape, HeaderColumn<IndicatorColumn> column, bool trustPositions)
    {
        var fit = Content(cell, shape, column.Role);
        return double.IsNegativeInfinity(fit) || !trustPositions || column.Column != cell.Column ? fit : fit + PositionBonus;
    }

    private double Content(LayoutCell cell, CellShape shape, IndicatorColumn role)
    {
        if (shape == CellShape.Empty)
        {
            return role is IndicatorColumn.Level1 or IndicatorColumn.Level2 or IndicatorColumn.Name ? Impossible : 0.1;
        }

        return role switch
        {
            // A category label is one the vocabulary knows: text under the heading is as likely a shifted name.
            IndicatorColumn.Level1 => template.Categories.FindGroup(cell.Text) is not null ? 6 : Impossible,
            IndicatorColumn.Level2 => template.Categories.FindSubCategory(cell.Text) is not null ? 6 : Impossible,
            IndicatorColumn.Name => shape switch
            {
                CellShape.Figure => -1,
                CellShape.MisprintedFigure => -0.5,
                CellShape.Comparator or CellShape.Unit => Impossible,
                _ => 2,
            },
            IndicatorColumn.Target or IndicatorColumn.Actual => shape switch
            {
                CellShape.Quantity => 2,
                CellShape.Figure or CellShape.MisprintedFigure => 1.5,
                CellShape.Comparator => 0.5,
                _ => 1,
            },
            IndicatorColumn.TargetComparator => shape == CellShape.Comparator ? 3 : Impossible,
            IndicatorColumn.TargetNumber => shape switch
            {
                CellShape.Figure => 3,
                CellShape.Quantity or CellShape.MisprintedFigure => 1.5,
                CellShape.Text => 0.5,
                _ => Impossible,
            },
            IndicatorColumn.TargetUnit => shape switch
            {
                CellShape.Unit => 2.5,
                CellShape.Text when cell.Key.Length <= 6 => 1,
                _ => Impossible,
            },
            IndicatorColumn.Weight or IndicatorColumn.Score => shape switch
            {
                CellShape.Figure => 3,
                CellShape.MisprintedFigure => 1,
                _ => Impossible,
            },
            IndicatorColumn.DeviationReason => shape is CellShape.Figure ? -0.5 : 1,
            _ => 0.2,
        };
    }

    /// <summary>What it costs to leave a column empty: a name almost never is, 分值 and 得分 rarely, 实际完成值 often.</summary>
    private static double Missing(IndicatorColumn role) => role switch
    {
        IndicatorColumn.Name => -3,
        IndicatorColumn.Target => -0.6,
        IndicatorColumn.Actual => -0.4,
        IndicatorColumn.Weight or IndicatorColumn.Score => -1.2,
        IndicatorColumn.TargetComparator or IndicatorColumn.TargetNumber or IndicatorColumn.TargetUnit => -0.3,
        _ => 0,
    };

    /// <summary>A column that may take more than one cell: a 偏差原因 split over cells, a column the contract skips.</summary>
    private static double Continue(CellShape shape, IndicatorColumn role) => role switch
    {
        IndicatorColumn.DeviationReason => shape == CellShape.Empty ? 0 : 0.5,
        IndicatorColumn.Ignore => 0.1,
        _ => Impossible,
    };
}
