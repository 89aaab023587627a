using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class ExecutionRateRuleTests
{
    private readonly ExecutionRateRule _rule = new();

    private static Form CorpusForm(string statedRate) =>
        Some.Form(Some.Funding(3579977m, 3289878.22m)).WithFunding(f => f with { ExecutionRate = Some.Rate(statedRate) });

    [Fact]
    public void Rate_of_the_real_corpus_holds()
    {
        // 3289878.22 / 3579977 = 91.8966%, printed 91.90%.
        FindingAssert.Nothing(_rule, CorpusForm("91.90%"));
    }

    [Fact]
    public void Rate_off_by_a_hundredth_is_a_warning()
    {
        FindingAssert.One(_rule, CorpusForm("91.89%"), Severity.Warning, "/funding/executionRate", "91.89%", "91.90%");
    }

    [Fact]
    public void Rate_off_by_exactly_a_tenth_is_still_a_warning()
    {
        FindingAssert.One(_rule, CorpusForm("91.80%"), Severity.Warning, "/funding/executionRate", "91.80%", "91.90%");
    }

    [Fact]
    public void Rate_off_by_more_than_a_tenth_is_an_error()
    {
        FindingAssert.One(_rule, CorpusForm("91.79%"), Severity.Error, "/funding/executionRate", "91.79%", "91.90%");
    }

    [Fact]
    public void Rate_printed_without_a_percent_sign_is_read_as_a_percentage()
    {
        FindingAssert.Nothing(_rule, CorpusForm("91.9"));
    }

    [Theory]
    [InlineData("91.91%", false)]
    [InlineData("91.90%", true)]
    public void Rate_rounds_half_up(string stated, bool reported)
    {
        // 91905 / 100000 = 91.905%: half-up gives 91.91% (banker's rounding would give 91.90%).
        var form = Some.Form(Some.Funding(100000m, 91905m)).WithFunding(f => f with { ExecutionRate = Some.Rate(stated) });

        Assert.Equal(reported, _rule.Check(form).Any(f => f.Expected == "91.91%"));
    }

    [Fact]
    public void Missing_rate_budget_or_zero_budget_report_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form().WithFunding(f => f with { ExecutionRate = null }));
        FindingAssert.Nothing(_rule, Some.Form().WithFunding(f => f with { ExecutionRate = Some.Rate("—") }));
        FindingAssert.Nothing(_rule, Some.Form().WithTotalRow(r => r with { AdjustedBudget = null }));
        FindingAssert.Nothing(_rule, Some.Form().WithTotalRow(r => r with { AdjustedBudget = Some.Number("0") }));
    }
}
