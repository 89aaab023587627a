using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>score-exceeds-weight</c>: a 得分 above its 分值, on the 年度资金总额 row or an indicator row.</summary>
public sealed class ScoreExceedsWeightRule : IValidationRule
{
    public string Id => "score-exceeds-weight";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        var findings = new List<Finding>();
        Add(findings, layout, () => FormPaths.FundingScore, () => form.Funding.Total?.Label ?? layout.FundingTotalHeading, form.Funding.Weight, form.Funding.Score);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var (index, indicator) = (i, form.Indicators[i]);
            Add(findings, layout, () => FormPaths.Indicator(index, "score"), () => Indicators.NameOf(indicator), indicator.Weight, indicator.Score);
        }

        return findings;
    }

    /// <remarks>The path and label are written only for a finding: most rows hold.</remarks>
    private void Add(List<Finding> findings, FormTemplate layout, Func<string> path, Func<string> label, NumberCell? weightCell, NumberCell? scoreCell)
    {
        if (weightCell is { Value: { } weight } && scoreCell is { Value: { } score } && score > weight)
        {
            findings.Add(new Finding(
                Id,
                Severity.Error,
                path(),
                scoreCell.Text,
                Decimals.Format(weight),
                $"{layout.Heading(IndicatorColumn.Score)} {scoreCell.Text} of {label()} is more than its {layout.Heading(IndicatorColumn.Weight)} {weightCell.Text}"));
        }
    }
}
