using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>missing-deviation-reason</c>: an indicator that lost points (得分 &lt; 分值) without a 偏差原因.</summary>
public sealed class MissingDeviationReasonRule : IValidationRule
{
    public string Id => "missing-deviation-reason";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var findings = new List<Finding>();
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            if (indicator is { Weight: { Value: { } weight } weightCell, Score: { Value: { } score } scoreCell }
                && score < weight
                && string.IsNullOrWhiteSpace(indicator.DeviationReason?.Value))
            {
                findings.Add(new Finding(
                    Id,
                    Severity.Warning,
                    FormPaths.Indicator(i, "deviationReason"),
                    indicator.DeviationReason?.Text,
                    null,
                    $"{SelfEvaluationTemplate.ScoreHeading} {scoreCell.Text} of {Indicators.NameOf(indicator)} is below its "
                    + $"{SelfEvaluationTemplate.WeightHeading} {weightCell.Text} but {SelfEvaluationTemplate.DeviationReasonHeading} is empty"));
            }
        }

        return findings;
    }
}
