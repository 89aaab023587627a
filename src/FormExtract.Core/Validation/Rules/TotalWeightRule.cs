using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>total-weight</c>: 总分's 分值 must be the funding 分值 plus every indicator's 分值, and 100. When a part is
/// missing only the 100 is checked. One finding at most: the sum comes first, as it names the figure the
/// form's own rows add up to.
/// </summary>
public sealed class TotalWeightRule : IValidationRule
{
    public string Id => "total-weight";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.TotalWeight is not { Value: { } stated } totalCell)
        {
            return [];
        }

        var sum = form.Indicators.Count == 0
            ? null
            : form.Funding.Weight?.Value + Indicators.SumOrNull(form.Indicators.Select(i => i.Weight));
        if (sum is { } parts && parts != stated)
        {
            return
            [
                new Finding(
                    Id,
                    Severity.Error,
                    FormPaths.TotalWeight,
                    totalCell.Text,
                    Decimals.Format(parts),
                    $"{SelfEvaluationTemplate.WeightHeading} {totalCell.Text} of {SelfEvaluationTemplate.Total} is not the funding and indicator {SelfEvaluationTemplate.WeightHeading} added up = {Decimals.Format(parts)}"),
            ];
        }

        if (stated != SelfEvaluationTemplate.TotalWeight)
        {
            return
            [
                new Finding(
                    Id,
                    Severity.Error,
                    FormPaths.TotalWeight,
                    totalCell.Text,
                    Decimals.Format(SelfEvaluationTemplate.TotalWeight),
                    $"{SelfEvaluationTemplate.WeightHeading} {totalCell.Text} of {SelfEvaluationTemplate.Total} is not {Decimals.Format(SelfEvaluationTemplate.TotalWeight)}"),
            ];
        }

        return [];
    }
}
