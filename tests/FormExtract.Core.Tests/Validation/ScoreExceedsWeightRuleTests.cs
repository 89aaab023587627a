using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class ScoreExceedsWeightRuleTests
{
    private readonly ScoreExceedsWeightRule _rule = new();

    [Fact]
    public void Scores_within_their_weights_pass()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Indicator_score_above_its_weight_is_an_error()
    {
        var form = Some.Form().WithIndicator(2, i => i with { Score = Some.Number("11") });

        FindingAssert.One(_rule, form, Severity.Error, "/indicators/2/score", "11", "10");
    }

    [Fact]
    public void Funding_score_comes_before_the_indicators()
    {
        var form = Some.Form()
            .WithIndicator(7, i => i with { Score = Some.Number("10.5") })
            .WithFunding(f => f with { Score = Some.Number("10.01") });

        Assert.Equal(
            [("/funding/score", Severity.Error, (string?)"10.01", (string?)"10"), ("/indicators/7/score", Severity.Error, "10.5", "10")],
            FindingAssert.Summary(_rule, form));
    }

    [Fact]
    public void Missing_weight_or_score_reports_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form().WithIndicator(0, i => i with { Weight = null, Score = Some.Number("11") }));
        FindingAssert.Nothing(_rule, Some.Form().WithFunding(f => f with { Weight = Some.Number("—"), Score = Some.Number("11") }));
    }
}
