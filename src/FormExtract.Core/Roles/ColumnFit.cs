using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// How well a cell fits an indicator column, the scores both aligners (a row, a stream of cells) maximise:
/// 分值 and 得分 hold figures, a category label is one the vocabulary knows, a target is a quantity or a word,
/// a name is text; a column may stay empty at a cost that says how rarely it is; the exact header column is a
/// small bonus that decides only between otherwise equal readings.
/// </summary>
internal static class ColumnFit
{
    public const double Impossible = double.NegativeInfinity;

    /// <summary>What it costs to leave a cell of text out of every column.</summary>
    public const double DropText = -2.5;

    /// <summary>The longest word a unit column takes as text (人次 is a unit, a sentence is not).</summary>
    public const int ShortUnit = 6;

    private const double PositionBonus = 0.3;

    public static double Fit(LayoutCell cell, CellShape shape, HeaderColumn<IndicatorColumn> column, bool trustPositions, bool group, bool sub)
    {
        var fit = Content(cell, shape, column.Role, group, sub);
        return double.IsNegativeInfinity(fit) || !trustPositions || column.Column != cell.Column ? fit : fit + PositionBonus;
    }

    private static double Content(LayoutCell cell, CellShape shape, IndicatorColumn role, bool group, bool sub)
    {
        if (shape == CellShape.Empty)
        {
            return role is IndicatorColumn.Level1 or IndicatorColumn.Level2 or IndicatorColumn.Name ? Impossible : 0.1;
        }

        return role switch
        {
            // A category label is one the vocabulary knows: text under the heading is as likely a shifted name.
            IndicatorColumn.Level1 => group ? 6 : Impossible,
            IndicatorColumn.Level2 => sub ? 6 : Impossible,
            // A sentence brought to its end (受疫情影响，…工作。) is a reason's text, never an indicator's name: read
            // as the next row's name it would shift that row's name and target one column on.
            IndicatorColumn.Name => shape switch
            {
                CellShape.Figure => -1,
                CellShape.MisprintedFigure => -0.5,
                CellShape.Comparator or CellShape.Unit => Impossible,
                // A measure (90%, 12次) is a target's or a result's text, rarely a name.
                CellShape.Quantity => 0.5,
                _ when IsSentence(cell.Key) => 0.5,
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
                CellShape.Text when cell.Key.Length <= ShortUnit => 1,
                _ => Impossible,
            },
            // A misprinted figure (9O分) may stand where a figure belongs, but a result that merely reads oddly
            // (100%覆盖) is rather the result.
            IndicatorColumn.Weight or IndicatorColumn.Score => shape switch
            {
                CellShape.Figure => 3,
                CellShape.MisprintedFigure => 0.3,
                _ => Impossible,
            },
            IndicatorColumn.DeviationReason => shape is CellShape.Figure ? -0.5 : 1,
            // A column the contract skips holds text as a reason does (得分计算方法): where it comes last, its place decides.
            IndicatorColumn.Ignore or IndicatorColumn.Criteria => shape == CellShape.Text ? 1 : 0.2,
            _ => 0.2,
        };
    }

    /// <summary>A text of some length that ends as a sentence ends (。！？), as a reason does and a name does not.</summary>
    public static bool IsSentence(string key) => key.Length >= 8 && key[^1] is '。' or '！' or '？' or '!' or '?';

    /// <summary>What it costs to leave a column empty: a name almost never is, 分值 and 得分 rarely, 实际完成值 often.</summary>
    public static double Missing(IndicatorColumn role) => role switch
    {
        IndicatorColumn.Name => -3,
        IndicatorColumn.Target => -0.6,
        IndicatorColumn.Actual => -0.4,
        IndicatorColumn.Weight or IndicatorColumn.Score => -1.2,
        // A split target always prints its figure (or, qualitative, its word); comparator and unit may be blank.
        IndicatorColumn.TargetNumber => -1.5,
        IndicatorColumn.TargetComparator or IndicatorColumn.TargetUnit => -0.3,
        _ => 0,
    };

    /// <summary>A column that may take more than one cell: a 偏差原因 split over cells, a column the contract skips.</summary>
    public static double Continue(CellShape shape, IndicatorColumn role) => role switch
    {
        IndicatorColumn.DeviationReason => shape == CellShape.Empty ? 0 : 0.5,
        IndicatorColumn.Ignore or IndicatorColumn.Criteria => 0.1,
        _ => Impossible,
    };
}
