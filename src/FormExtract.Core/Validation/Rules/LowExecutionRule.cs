using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>low-execution</c>: an execution rate below 90% that nothing on the form explains. The rate is computed
/// from 全年执行数 / 全年预算数 where possible, else the stated 执行率; an explanation is any of the template's
/// <see cref="FormTemplate.CauseMarkers"/> in a 偏差原因 or in 实际完成情况.
/// </summary>
public sealed class LowExecutionRule : IValidationRule
{
    public const decimal Threshold = 0.9m;

    public string Id => "low-execution";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        if (FundingRates.Best(form.Funding, layout) is not { } rate || rate >= Threshold || GivesCause(form, layout))
        {
            return [];
        }

        return
        [
            new Finding(
                Id,
                Severity.Warning,
                FormPaths.FundingExecutionRate,
                form.Funding.ExecutionRate?.Text,
                null,
                $"Execution rate {Decimals.Percent(rate)} is below {Decimals.Percent(Threshold)} and neither "
                + $"{layout.Heading(IndicatorColumn.DeviationReason)} nor {layout.GoalsAchieved.First ?? "实际完成情况"} gives a cause"),
        ];
    }

    private static bool GivesCause(Form form, FormTemplate layout) =>
        form.Indicators.Select(i => i.DeviationReason?.Value)
            .Append(form.Goals.Achieved?.Value)
            .OfType<string>()
            .Any(text => layout.CauseMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal)));
}
