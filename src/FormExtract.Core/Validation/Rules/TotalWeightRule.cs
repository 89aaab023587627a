using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>total-weight</c>: 总分's 分值 must be the funding 分值 plus every indicator's 分值, and the layout's total
/// (100). When a part is missing only the total is checked, and only on a layout read fully. One finding at most: the sum comes first, as it
/// names the figure the form's own rows add up to.
/// </summary>
public sealed class TotalWeightRule : IValidationRule
{
    public string Id => "total-weight";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        // A form cut off at its start lost rows the total counts.
        if (form.TotalWeight is not { Value: { } stated } totalCell || form.Truncated)
        {
            return [];
        }

        var weight = layout.Heading(IndicatorColumn.Weight);
        var sum = form.Indicators.Count == 0
            ? null
            : form.Funding.Weight?.Value + Indicators.SumOrNull(Indicators.Scored(form, layout).Select(i => i.Weight));
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
                    $"{weight} {totalCell.Text} of {layout.TotalHeading} is not the funding and indicator {weight} added up = {Decimals.Format(parts)}"),
            ];
        }

        // A layout read only in part may count its points another way (a rubric's 权重 per criterion).
        if (stated != layout.TotalWeight && layout.FullySupported)
        {
            return
            [
                new Finding(
                    Id,
                    Severity.Error,
                    FormPaths.TotalWeight,
                    totalCell.Text,
                    Decimals.Format(layout.TotalWeight),
                    $"{weight} {totalCell.Text} of {layout.TotalHeading} is not {Decimals.Format(layout.TotalWeight)}"),
            ];
        }

        return [];
    }
}
