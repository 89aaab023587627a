using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>missing-deviation-reason</c>: an indicator that lost points (得分 &lt; 分值) without a 偏差原因.</summary>
public sealed class MissingDeviationReasonRule : IValidationRule
{
    public string Id => "missing-deviation-reason";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
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
                    $"{layout.Heading(IndicatorColumn.Score)} {scoreCell.Text} of {Indicators.NameOf(indicator)} is below its "
                    + $"{layout.Heading(IndicatorColumn.Weight)} {weightCell.Text} but {layout.Heading(IndicatorColumn.DeviationReason)} is empty"));
            }
        }

        return findings;
    }
}
