using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class LowExecutionRuleTests
{
    private readonly LowExecutionRule _rule = new();

    private static Form Spent(decimal executed) => Some.Form(Some.Funding(100000m, executed));

    [Fact]
    public void Rate_of_90_percent_or_more_passes()
    {
        FindingAssert.Nothing(_rule, Some.Form());
        FindingAssert.Nothing(_rule, Spent(90000m));
    }

    [Fact]
    public void Low_rate_without_a_cause_is_a_warning()
    {
        FindingAssert.One(_rule, Spent(89990m), Severity.Warning, "/funding/executionRate", "89.99%", null);
    }

    [Fact]
    public void Deviation_reason_that_gives_a_cause_passes()
    {
        var form = Spent(60370m).WithIndicator(3, i => i with { DeviationReason = Some.Text("受疫情影响，活动延期举办") });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Achieved_goals_that_give_a_cause_pass()
    {
        var form = Spent(60370m) with { Goals = new Goals { Achieved = Some.Text("执行率60.37%，由于部分采购合同于次年支付。") } };

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Stated_rate_serves_where_the_money_columns_are_missing()
    {
        var form = Some.Form().WithFunding(f => f with { Total = null, ExecutionRate = Some.Rate("60.37%") });

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/executionRate", "60.37%", null);
    }

    [Fact]
    public void No_rate_reports_nothing()
    {
        FindingAssert.Nothing(_rule, Spent(10m).WithFunding(f => f with { Total = null, ExecutionRate = null }));
    }
}
