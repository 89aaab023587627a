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
        if (cell.IsEmpty || IsPlaceholder(cell.Key))
        {
            return CellShape.Empty;
        }

        var key = cell.Key;
        if (NumberParser.IsNumber(key))
        {
            return CellShape.Figure;
        }

        if (ComparatorWords.Contains(key))
        {
            return CellShape.Comparator;
        }

        if (template.IsMeasureUnit(key) || key is "元/人" or "万元/人")
        {
            return CellShape.Unit;
        }

        if (key.AsSpan().IndexOfAnyInRange('0', '9') < 0 && key.AsSpan().IndexOfAnyInRange('０', '９') < 0)
        {
            return CellShape.Text;
        }

        if (Quantity(key, template) is { } known)
        {
            // 9O分 reads as 9 of a unit no form uses: a misprinted figure, not a quantity.
            return known || key.Length > 8 ? CellShape.Quantity : CellShape.MisprintedFigure;
        }

        return key.Length <= 8 && key.Any(char.IsAsciiDigit) ? CellShape.MisprintedFigure : CellShape.Text;
    }

    /// <summary>
    /// Whether the key reads as a quantity (an optional comparator, a figure, an optional unit) and, if so,
    /// whether a comparator or a known unit vouches for it (null: not a quantity). Scanned by hand: every cell
    /// of every indicator row comes through here.
    /// </summary>
    private static bool? Quantity(string key, FormTemplate template)
    {
        var span = key.AsSpan();
        var comparator = 0;
        while (comparator < span.Length && IsComparatorChar(span[comparator]))
        {
            comparator++;
        }

        var wordComparator = false;
        foreach (var prefix in ComparatorPrefixes)
        {
            wordComparator |= comparator == 0 && key.StartsWith(prefix, StringComparison.Ordinal);
        }

        var digits = comparator;
        var sawDigit = false;
        while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] is >= '０' and <= '９' or '.' or ',' or '．' or '，' or '+' or '-'))
        {
            sawDigit |= char.IsAsciiDigit(span[digits]) || span[digits] is >= '０' and <= '９';
            digits++;
        }

        if (!sawDigit && !wordComparator)
        {
            return null;
        }

        var unit = span[digits..];
        if (unit.IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        return comparator > 0 || wordComparator || unit.IsEmpty || unit is "%" or "％" || template.IsMeasureUnit(unit.ToString());
    }

    /// <summary>A cell the form left to be filled (……, ...): holds nothing.</summary>
    public static bool IsPlaceholder(string key) => key.Length > 0 && key.All(c => c is '…' or '.' or '。' or '·' or '⋯');

    private static readonly string[] ComparatorPrefixes = ["不低于", "不少于", "不小于", "大于", "小于", "不高于", "不超过", "不多于", "不大于", "至少", "高于", "低于", "等于"];

    private static bool IsComparatorChar(char c) => c is '=' or '>' or '<' or '≥' or '≤' or '≧' or '≦' or '＝' or '═' or '﹦' or '＞' or '＜';
}
