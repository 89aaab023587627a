using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>executed-exceeds-budget</c>: 全年执行数 of 年度资金总额 above the budget its rate divides by (全年预算数).</summary>
public sealed class ExecutedExceedsBudgetRule : IValidationRule
{
    public string Id => "executed-exceeds-budget";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        if (form.Funding.Total is not { Executed: { Value: { } executed } executedCell } total
            || FundingRates.Base(total, layout) is not { Value: { } budget } budgetCell
            || executed <= budget)
        {
            return [];
        }

        return
        [
            new Finding(
                Id,
                Severity.Warning,
                FormPaths.FundingCell("total", "executed"),
                executedCell.Text,
                Decimals.Format(budget),
                $"{layout.Heading(FundingColumn.Executed)} {executedCell.Text} of {total.Label} is more than "
                + $"{layout.Heading(layout.RateBase)} {budgetCell.Text}"),
        ];
    }
}
