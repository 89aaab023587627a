using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class ExecutedExceedsBudgetRuleTests
{
    private readonly ExecutedExceedsBudgetRule _rule = new();

    [Fact]
    public void Spending_within_the_budget_passes()
    {
        FindingAssert.Nothing(_rule, Some.Form());
        FindingAssert.Nothing(_rule, Some.Form(Some.Funding(100000m, 100000m)));
    }

    [Fact]
    public void Spending_beyond_the_budget_is_a_warning()
    {
        var form = Some.Form(Some.Funding(100000m, 100000.01m));

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/total/executed", "100000.01", "100000");
    }

    [Fact]
    public void Missing_figures_report_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form(Some.Funding(100000m, 120000m)).WithTotalRow(r => r with { AdjustedBudget = null }));
        FindingAssert.Nothing(_rule, Some.Form(Some.Funding(100000m, 120000m)).WithTotalRow(r => r with { Executed = Some.Number("—") }));
    }
}
