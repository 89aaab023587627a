using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation;

/// <summary>Small readings of an indicator row that several rules share.</summary>
internal static class Indicators
{
    /// <summary>The 三级指标 name for messages; a row whose name was not read is called by its level-2 category.</summary>
    public static string NameOf(Indicator indicator) =>
        indicator.Name?.Value is { Length: > 0 } name ? name : indicator.Level2 ?? indicator.Level1 ?? "indicator";

    /// <summary>
    /// The rows that carry points: all but the sub-rows a layout prints under a row to detail it (其中…), which
    /// have neither 分值 nor 得分 of their own.
    /// </summary>
    public static IEnumerable<Indicator> Scored(Form form, FormTemplate layout) =>
        form.Indicators.Where(i => IsScored(i, layout));

    public static bool IsScored(Indicator indicator, FormTemplate layout) =>
        !(indicator.Weight is null && indicator.Score is null && layout.IsSubRow(indicator.Name?.Value));

    /// <summary>The weights (or scores) of all rows; null when any row lacks one, since the sum would then be a guess.</summary>
    public static decimal? SumOrNull(IEnumerable<NumberCell?> cells)
    {
        var sum = 0m;
        foreach (var cell in cells)
        {
            if (cell?.Value is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
