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

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var funding = form.Funding;
        if (funding.Score is not { Value: { } stated } scoreCell
            || funding.Weight?.Value is not { } weight
            || FundingRates.Best(funding) is not { } rate)
        {
            return [];
        }

        var expected = Decimals.Round2(weight * Math.Min(rate, 1m));
        if (!Decimals.Differ(stated, expected))
        {
            return [];
        }

        var label = funding.Total?.Label ?? SelfEvaluationTemplate.FundingTotalLabels[0];
        var comparison = stated > expected ? "more" : "less";
        return
        [
            new Finding(
                Id,
                Severity.Warning,
                FormPaths.FundingScore,
                scoreCell.Text,
                Decimals.Format(expected),
                $"{SelfEvaluationTemplate.ScoreHeading} {scoreCell.Text} of {label} is {comparison} than "
                + $"{SelfEvaluationTemplate.WeightHeading} × execution rate {Decimals.Percent(rate)} = {Decimals.Format(expected)}"),
        ];
    }
}
