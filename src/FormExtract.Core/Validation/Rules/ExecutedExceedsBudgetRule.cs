using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary><c>executed-exceeds-budget</c>: 全年执行数 of 年度资金总额 above its 全年预算数.</summary>
public sealed class ExecutedExceedsBudgetRule : IValidationRule
{
    public string Id => "executed-exceeds-budget";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Funding.Total is not { Executed: { Value: { } executed } executedCell, AdjustedBudget: { Value: { } budget } budgetCell } total
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
                $"{SelfEvaluationTemplate.ExecutedHeading} {executedCell.Text} of {total.Label} is more than "
                + $"{SelfEvaluationTemplate.AdjustedBudgetHeading} {budgetCell.Text}"),
        ];
    }
}
