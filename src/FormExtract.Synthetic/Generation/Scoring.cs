using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The scoring rules of OUTPUT.md as the generator applies them when it fills a form in correctly:
/// decimal arithmetic, half-up rounding to 2 decimals from unrounded inputs.
/// </summary>
internal static class Scoring
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>得分 of 年度资金总额: 分值 × min(rate, 1), the rate unrounded.</summary>
    public static decimal BudgetScore(decimal weight, decimal executed, decimal adjusted) =>
        Round2(weight * Math.Min(executed / adjusted, 1m));

    /// <summary>The stated 执行率 as a fraction: the percentage rounded to 2 decimals.</summary>
    public static decimal StatedRate(decimal executed, decimal adjusted) => Round2(executed / adjusted * 100m) / 100m;

    /// <summary>
    /// The score a quantitative row earns (the indicator-score rule); null where the rule does not apply
    /// (a qualitative or missing target or actual). For <c>&lt;=</c> rows that miss, the first of the two
    /// accepted formulas.
    /// </summary>
    public static decimal? IndicatorScore(Measure? target, Measure? actual, decimal weight)
    {
        if (target is not { Number: { } a } || actual is not { Number: { } b })
        {
            return null;
        }

        switch (target.Comparator)
        {
            case "<=" or "<":
                return b <= a ? weight : Math.Max(0m, Round2(weight * (1m - (b - a) / a)));
            case "=" when a == 0m:
                return b <= 0m ? weight : 0m;
            case ">=" or ">" or "=" when a != 0m:
                return b >= a ? weight : Round2(weight * b / a);
            default:
                return null;
        }
    }
}
