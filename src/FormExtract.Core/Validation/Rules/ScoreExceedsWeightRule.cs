using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>score-exceeds-weight</c>: a 得分 above its 分值, on the 年度资金总额 row or an indicator row.</summary>
public sealed class ScoreExceedsWeightRule : IValidationRule
{
    public string Id => "score-exceeds-weight";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var findings = new List<Finding>();
        var fundingLabel = form.Funding.Total?.Label ?? SelfEvaluationTemplate.FundingTotalLabels[0];
        Add(findings, FormPaths.FundingScore, fundingLabel, form.Funding.Weight, form.Funding.Score);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            Add(findings, FormPaths.Indicator(i, "score"), Indicators.NameOf(indicator), indicator.Weight, indicator.Score);
        }

        return findings;
    }

    private void Add(List<Finding> findings, string path, string label, NumberCell? weightCell, NumberCell? scoreCell)
    {
        if (weightCell is { Value: { } weight } && scoreCell is { Value: { } score } && score > weight)
        {
            findings.Add(new Finding(
                Id,
                Severity.Error,
                path,
                scoreCell.Text,
                Decimals.Format(weight),
                $"{SelfEvaluationTemplate.ScoreHeading} {scoreCell.Text} of {label} is more than its {SelfEvaluationTemplate.WeightHeading} {weightCell.Text}"));
        }
    }
}
