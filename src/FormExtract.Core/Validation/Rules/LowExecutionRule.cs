using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>low-execution</c>: an execution rate below 90% that nothing on the form explains. The rate is computed
/// from 全年执行数 / 全年预算数 where possible, else the stated 执行率; an explanation is any of the template's
/// <see cref="SelfEvaluationTemplate.CauseMarkers"/> in a 偏差原因 or in 实际完成情况.
/// </summary>
public sealed class LowExecutionRule : IValidationRule
{
    public const decimal Threshold = 0.9m;

    public string Id => "low-execution";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FundingRates.Best(form.Funding) is not { } rate || rate >= Threshold || GivesCause(form))
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
                + $"{SelfEvaluationTemplate.DeviationReasonHeading} nor {SelfEvaluationTemplate.GoalsAchieved} gives a cause"),
        ];
    }

    private static bool GivesCause(Form form) =>
        form.Indicators.Select(i => i.DeviationReason?.Value)
            .Append(form.Goals.Achieved?.Value)
            .OfType<string>()
            .Any(text => SelfEvaluationTemplate.CauseMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal)));
}
