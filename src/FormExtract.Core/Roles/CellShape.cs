using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>What a cell's text looks like, which is what tells one column's content from another's when positions cannot be trusted.</summary>
internal enum CellShape
{
    Empty,

    /// <summary>A plain number: 10, 3,289,878.22.</summary>
    Figure,

    /// <summary>A short text with digits that is not a readable measure (9O分): a figure misprinted.</summary>
    MisprintedFigure,

    /// <summary>A comparator alone, as a split target's 指标性质 prints it: ≥, =, 定性.</summary>
    Comparator,

    /// <summary>A comparator, a figure and a unit: ≥95%, =8个, 20000亩.</summary>
    Quantity,

    /// <summary>A unit word alone: 人次, %, 元/人.</summary>
    Unit,

    Text,
}

internal static class CellShapes
{
    private static readonly HashSet<string> ComparatorWords = new(StringComparer.Ordinal)
    {
        "=", ">=", "<=", ">", "<", "≥", "≤", "≧", "≦", "＝", "═", "﹦", "＞", "＜", "=>", "=<", "定性", "定量", "正向", "反向",
    };

    public static CellShape Of(LayoutCell cell, FormTemplate template)
    {
        if (cell.IsEmpty)
        {
            return CellShape.Empty;
        }

        var key = cell.Key;
        if (NumberParser.Parse(key) is not null)
        {
            return CellShape.Figure;
        }

        if (ComparatorWords.Contains(key))
        {
            return CellShape.Comparator;
        }

        if (template.MeasureUnits.Contains(key) || key is "元/人" or "万元/人")
        {
            return CellShape.Unit;
        }

        if (MeasureParser.Parse(cell.Text) is { IsQuantitative: true } measure)
        {
            // 9O分 reads as 9 of a unit no form uses: a misprinted figure, not a quantity.
            var known = measure.Unit is null || template.MeasureUnits.Contains(measure.Unit);
            return measure.Comparator is null && !known && key.Length <= 8 ? CellShape.MisprintedFigure : CellShape.Quantity;
        }

        return key.Length <= 8 && key.Any(char.IsAsciiDigit) ? CellShape.MisprintedFigure : CellShape.Text;
    }
}
