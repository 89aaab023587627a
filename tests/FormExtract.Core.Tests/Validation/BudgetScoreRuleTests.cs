using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class BudgetScoreRuleTests
{
    private readonly BudgetScoreRule _rule = new();

    private static Form WithScore(Form form, string score) => form.WithFunding(f => f with { Score = Some.Number(score) });

    [Fact]
    public void Score_that_follows_the_rate_passes()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Full_score_at_96_41_percent_is_reported()
    {
        // The real corpus: 1,505,492 of 1561500 spent (96.41%), 得分 10 of 10.
        var form = WithScore(Some.Form(Some.Funding(1561500m, 1505492m)), "10");

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/score", "10", "9.64");
    }

    [Fact]
    public void Full_score_at_60_37_percent_is_reported()
    {
        var form = WithScore(Some.Form(Some.Funding(4328240m, 2612933.32m)), "10");

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/score", "10", "6.04");
    }

    [Fact]
    public void Score_rounded_from_the_unrounded_rate_passes()
    {
        // 1801330 / 1810940 = 99.4693%: 9.95, as the real form states.
        FindingAssert.Nothing(_rule, WithScore(Some.Form(Some.Funding(1810940m, 1801330m)), "9.95"));
    }

    [Fact]
    public void Spending_beyond_the_budget_earns_the_full_weight_only()
    {
        FindingAssert.Nothing(_rule, WithScore(Some.Form(Some.Funding(100000m, 120000m)), "10"));
        FindingAssert.One(_rule, WithScore(Some.Form(Some.Funding(100000m, 120000m)), "12"), Severity.Warning, "/funding/score", "12", "10");
    }

    [Theory]
    [InlineData("9.51", null)]
    [InlineData("9.49", null)]
    [InlineData("9.52", "9.5")]
    [InlineData("9.48", "9.5")]
    public void Tolerance_is_one_hundredth(string stated, string? expected)
    {
        Assert.Equal(expected, _rule.Check(WithScore(Some.Form(), stated)).SingleOrDefault()?.Expected);
    }

    [Fact]
    public void Expected_score_rounds_half_up()
    {
        // 10 × 96450 / 100000 = 9.645: half-up 9.65 (banker's rounding would give 9.64).
        var form = WithScore(Some.Form(Some.Funding(100000m, 96450m)), "9.63");

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/score", "9.63", "9.65");
    }

    [Fact]
    public void Stated_rate_serves_where_the_money_columns_are_missing()
    {
        var form = WithScore(Some.Form(), "10").WithFunding(f => f with { Total = null, ExecutionRate = Some.Rate("60.37%") });

        FindingAssert.One(_rule, form, Severity.Warning, "/funding/score", "10", "6.04");
    }

    [Fact]
    public void Missing_weight_score_or_rate_reports_nothing()
    {
        FindingAssert.Nothing(_rule, WithScore(Some.Form(), "3").WithFunding(f => f with { Weight = null }));
        FindingAssert.Nothing(_rule, Some.Form().WithFunding(f => f with { Score = Some.Number("—") }));
        FindingAssert.Nothing(_rule, WithScore(Some.Form(), "3").WithFunding(f => f with { Total = null, ExecutionRate = null }));
    }
}
