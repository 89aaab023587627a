using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class TotalWeightRuleTests
{
    private readonly TotalWeightRule _rule = new();

    [Fact]
    public void Weights_adding_up_to_100_pass()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Total_that_is_not_the_sum_of_the_rows_is_an_error()
    {
        var form = Some.Form() with { TotalWeight = Some.Number("95") };

        FindingAssert.One(_rule, form, Severity.Error, "/totalWeight", "95", "100");
    }

    [Fact]
    public void Total_that_adds_up_but_is_not_100_is_an_error()
    {
        var form = Some.Form().WithIndicator(0, i => i with { Weight = Some.Number("5"), Score = Some.Number("5") }).WithConsistentTotals();

        FindingAssert.One(_rule, form, Severity.Error, "/totalWeight", "95", "100");
    }

    [Fact]
    public void Sum_comes_first_when_both_checks_fail()
    {
        var form = Some.Form().WithIndicator(0, i => i with { Weight = Some.Number("5") }) with { TotalWeight = Some.Number("90") };

        FindingAssert.One(_rule, form, Severity.Error, "/totalWeight", "90", "95");
    }

    [Fact]
    public void Missing_row_weight_leaves_only_the_100_check()
    {
        var form = Some.Form().WithIndicator(3, i => i with { Weight = Some.Number("—") });

        FindingAssert.Nothing(_rule, form);
        FindingAssert.One(_rule, form with { TotalWeight = Some.Number("90") }, Severity.Error, "/totalWeight", "90", "100");
    }

    [Fact]
    public void Missing_total_reports_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form() with { TotalWeight = null });
        FindingAssert.Nothing(_rule, Some.Form() with { TotalWeight = Some.Number("—") });
    }
}
