using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class FloatArtifactRuleTests
{
    private readonly FloatArtifactRule _rule = new();

    [Fact]
    public void Clean_figures_pass()
    {
        FindingAssert.Nothing(_rule, Some.Form().WithTotalRow(r => r with { Executed = Some.Number("1,505,492.3333") }));
    }

    [Fact]
    public void Noisy_total_is_a_warning_with_the_clean_figure()
    {
        var form = Some.Form() with { TotalScore = Some.Number("90.78999999999999") };

        FindingAssert.One(_rule, form, Severity.Warning, "/totalScore", "90.78999999999999", "90.79");
    }

    [Fact]
    public void Every_figure_is_checked_in_the_order_of_the_form()
    {
        var form = (Some.Form()
            .WithFunding(f => f with { ExecutionRate = Some.Rate("96.40999999999999%") })
            .WithTotalRow(r => r with { Executed = Some.Number("95000.00000000001") })
            .WithFunding(f => f with { Other = f.Other! with { InitialBudget = Some.Number("0.30000000000000004") } })
            .WithIndicator(2, i => i with { Actual = Some.Measure("99.90000000000001%"), Score = Some.Number("9.990000000000002") })
            with { TotalWeight = Some.Number("100.00000000000001") });

        Assert.Equal(
            [
                ("/funding/total/executed", Severity.Warning, (string?)"95000.00000000001", (string?)"95000"),
                ("/funding/executionRate", Severity.Warning, "96.40999999999999%", "96.41%"),
                ("/funding/other/initialBudget", Severity.Warning, "0.30000000000000004", "0.3"),
                ("/indicators/2/actual", Severity.Warning, "99.90000000000001%", "99.9%"),
                ("/indicators/2/score", Severity.Warning, "9.990000000000002", "9.99"),
                ("/totalWeight", Severity.Warning, "100.00000000000001", "100"),
            ],
            FindingAssert.Summary(_rule, form));
    }
}
