using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>execution-rate</c>: the stated 执行率 against 全年执行数 / 全年预算数 of 年度资金总额, both as percentages
/// rounded to 2 decimals. Any difference is a warning; more than 0.1 percentage points is an error, since a
/// form's own rounding can explain a hundredth but not a tenth.
/// </summary>
public sealed class ExecutionRateRule : IValidationRule
{
    /// <summary>Percentage points beyond which a differing rate is an error rather than a warning.</summary>
    public const decimal ErrorPoints = 0.1m;

    public string Id => "execution-rate";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        if (form.Funding.ExecutionRate is not { Value: { } statedRate } rateCell
            || form.Funding.Total is not { } total
            || FundingRates.Computed(form.Funding, layout) is not { } rate)
        {
            return [];
        }

        var expectedPercent = Decimals.Round2(rate * 100m);
        var statedPercent = Decimals.Round2(statedRate * 100m);
        var difference = Math.Abs(expectedPercent - statedPercent);
        if (difference == 0m)
        {
            return [];
        }

        return
        [
            new Finding(
                Id,
                difference > ErrorPoints ? Severity.Error : Severity.Warning,
                FormPaths.FundingExecutionRate,
                rateCell.Text,
                Decimals.Percent(rate),
                $"{layout.Heading(FundingColumn.ExecutionRate)} {rateCell.Text} of {total.Label} is not "
                + $"{layout.Heading(FundingColumn.Executed)} / {layout.Heading(layout.RateBase)} = {Decimals.Percent(rate)}"),
        ];
    }
}
