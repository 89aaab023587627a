using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>total-score</c>: 总分's 得分 must be the funding 得分 plus every indicator's 得分, within 0.01.</summary>
public sealed class TotalScoreRule : IValidationRule
{
    public string Id => "total-score";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        if (form.Truncated
            || form.TotalScore is not { Value: { } stated } totalCell
            || form.Indicators.Count == 0
            || form.Funding.Score?.Value + Indicators.SumOrNull(Indicators.Scored(form, layout).Select(i => i.Score)) is not { } sum
            || !Decimals.Differ(stated, sum))
        {
            return [];
        }

        return
        [
            new Finding(
                Id,
                Severity.Error,
                FormPaths.TotalScore,
                totalCell.Text,
                Decimals.Format(sum),
                $"{layout.Heading(IndicatorColumn.Score)} {totalCell.Text} of {layout.TotalHeading} is not the funding and indicator {layout.Heading(IndicatorColumn.Score)} added up = {Decimals.Format(sum)}"),
        ];
    }
}
