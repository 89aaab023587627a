using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>budget-score</c>: 得分 of 年度资金总额 = round2(分值 × min(rate, 1)), the rate unrounded. The rate is
/// 全年执行数 / 全年预算数 where both are given, else the stated 执行率.
/// </summary>
public sealed class BudgetScoreRule : IValidationRule
{
    public string Id => "budget-score";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        var funding = form.Funding;
        if (funding.Score is not { Value: { } stated } scoreCell
            || Weight(funding, layout) is not { } weight
            || FundingRates.Best(funding, layout) is not { } rate)
        {
            return [];
        }

        var expected = Decimals.Round2(weight * Math.Min(rate, 1m));
        if (!Decimals.Differ(stated, expected))
        {
            return [];
        }

        var label = funding.Total?.Label ?? layout.FundingTotalHeading;
        var comparison = stated > expected ? "more" : "less";
        return
        [
            new Finding(
                Id,
                Severity.Warning,
                FormPaths.FundingScore,
                scoreCell.Text,
                Decimals.Format(expected),
                $"{layout.Heading(FundingColumn.Score)} {scoreCell.Text} of {label} is {comparison} than "
                + $"{layout.Heading(FundingColumn.Weight)} × execution rate {Decimals.Percent(rate)} = {Decimals.Format(expected)}"),
        ];
    }

    /// <summary>The block's printed weight; the layout's where the layout has no weight column to print it in.</summary>
    private static decimal? Weight(Funding funding, FormTemplate layout) =>
        funding.Weight?.Value ?? (layout.FundingOrder.Contains(FundingColumn.Weight) ? null : layout.FundingWeight);
}
