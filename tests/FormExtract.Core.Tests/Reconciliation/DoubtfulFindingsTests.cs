using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Reconciliation;

/// <summary>
/// After validation: a finding that rests on a figure read unsurely carries its doubt and is no error; one on
/// figures read surely, or on a form that was never scanned, stays as the rule gives it.
/// </summary>
public sealed class DoubtfulFindingsTests
{
    private readonly FormValidator _validator = FormValidator.CreateDefault();

    [Fact]
    public void A_total_that_breaks_on_an_unsure_score_is_a_warning_naming_the_cell_and_the_readings_that_hold()
    {
        // 得分 15 read as 5 at 0.62: the total no longer adds up, and either 15 or 16 is what the page may say.
        var score = Scanned("5", 0.62, 6);
        var form = Some.Form().WithIndicator(6, i => i with { Score = score with { Evidence = new CellEvidence { Engine = 0.62, Readings = ["15", "6", "55"] } } });

        var finding = Assert.Single(_validator.Revalidate(form).Findings, f => f.Rule == "total-score");

        Assert.Equal(("total-score", Severity.Warning), (finding.Rule, finding.Severity));
        Assert.NotNull(finding.Doubt);
        Assert.Equal(Severity.Error, finding.Doubt.Severity);
        Assert.Equal(["/indicators/6/score"], finding.Doubt.Cells);
        Assert.Equal([new DoubtReading("/indicators/6/score", "15")], finding.Doubt.Readings);
    }

    [Fact]
    public void A_score_that_exceeds_its_weight_by_a_lost_point_read_unsurely_is_a_warning()
    {
        // 得分 10 of a 分值 10 read as 100 at 0.82 (the point of 10.0 lost): halving it leaves it above its 分值,
        // its point put back does not.
        var form = Some.Form().WithIndicator(0, i => i with { Score = Scanned("100", 0.82, 0) });

        var finding = Assert.Single(_validator.Revalidate(form).Findings, f => f.Rule == "score-exceeds-weight");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Severity.Error, finding.Doubt?.Severity);
        Assert.Contains("/indicators/0/score", finding.Doubt!.Cells);
    }

    [Fact]
    public void A_completion_that_breaks_on_an_unsure_negative_actual_is_a_warning()
    {
        // >=90% read as -90% at 0.26 (the comparator too small to read at 150 dpi): the full score looks unearned,
        // but every value tried used to keep the figure negative, so the finding was an error resting on nothing.
        var actual = Some.Measure("-90%") with { Page = 1, Bbox = BoxOf(7).ToArray(), Confidence = 0.26 };
        var form = Some.Form().WithIndicator(7, i => i with { Target = Some.Measure("90%"), Actual = actual });

        var finding = Assert.Single(_validator.Revalidate(form).Findings, f => f.Rule == "indicator-score");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Severity.Error, finding.Doubt?.Severity);
        Assert.Contains("/indicators/7/actual", finding.Doubt!.Cells);
    }

    [Fact]
    public void An_unsure_cell_the_finding_does_not_rest_on_leaves_it_an_error()
    {
        // The total is wrong by itself; the only unsure figure is a funding amount that no sum here involves.
        var form = Some.Form();
        form = (form with { TotalScore = Some.Number(form.TotalScore!.Value!.Value + 7m) }).WithTotalRow(r => r with { InitialBudget = Scanned(r.InitialBudget!.Text, 0.4, null) });

        var finding = Assert.Single(_validator.Revalidate(form).Findings, f => f.Rule == "total-score");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Null(finding.Doubt);
    }

    [Fact]
    public void A_sure_reading_keeps_the_error_and_a_typed_form_never_has_a_doubt()
    {
        var scanned = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.95, 6) });
        var typed = Some.Form().WithIndicator(6, i => i with { Score = Some.Number("5") });

        Assert.All(_validator.Revalidate(scanned).Findings.Concat(_validator.Revalidate(typed).Findings), f => Assert.Null(f.Doubt));
        Assert.Contains(_validator.Revalidate(scanned).Findings, f => f is { Rule: "total-score", Severity: Severity.Error });
    }

    [Fact]
    public void A_corrected_cell_is_sure_again()
    {
        // A reviewer's correction drops the confidence: the finding on the figure they confirmed is an error.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.5, 6) with { Confidence = null } });

        Assert.Contains(_validator.Revalidate(form).Findings, f => f is { Rule: "total-score", Severity: Severity.Error, Doubt: null });
    }

    private static NumberCell Scanned(string text, double confidence, int? row) =>
        Some.Number(text) with { Page = 1, Bbox = BoxOf(row).ToArray(), Confidence = confidence };

    private static Box BoxOf(int? row) => row is { } r ? new Box(900, 1000 + (r * 50), 1000, 1040 + (r * 50)) : new Box(100, 300, 300, 340);
}
