using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class WeightSplitRuleTests
{
    private readonly WeightSplitRule _rule = new();

    [Fact]
    public void Template_split_passes()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Group_off_its_weight_is_a_warning_on_its_first_row()
    {
        var form = Some.Form().WithIndicator(4, i => i with { Weight = Some.Number("5") });

        FindingAssert.One(_rule, form, Severity.Warning, "/indicators/0", "45", "50");
    }

    [Fact]
    public void Groups_are_reported_in_the_order_of_the_form()
    {
        var form = Some.Form()
            .WithIndicator(7, i => i with { Weight = Some.Number("15") })
            .WithIndicator(5, i => i with { Weight = Some.Number("10") });

        Assert.Equal(
            [("/indicators/5", Severity.Warning, (string?)"25", (string?)"30"), ("/indicators/7", Severity.Warning, "15", "10")],
            FindingAssert.Summary(_rule, form));
    }

    [Fact]
    public void Other_spellings_and_stray_spaces_name_the_same_group()
    {
        var form = Some.Form()
            .WithIndicator(5, i => i with { Level1 = "效果指标", Weight = Some.Number("10") })
            .WithIndicator(6, i => i with { Level1 = "效 果指标" });

        FindingAssert.One(_rule, form, Severity.Warning, "/indicators/5", "25", "30");
    }

    [Fact]
    public void Absent_group_is_skipped()
    {
        var form = Some.Form(indicators: Some.Indicators().Where(i => i.Level1 != "满意度指标").ToArray());

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Group_with_a_missing_weight_is_skipped()
    {
        var form = Some.Form()
            .WithIndicator(0, i => i with { Weight = null })
            .WithIndicator(5, i => i with { Weight = Some.Number("10") });

        FindingAssert.One(_rule, form, Severity.Warning, "/indicators/5", "25", "30");
    }
}
