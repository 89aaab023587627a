using FormExtract.Core.Model;
using FormExtract.Core.Reconciliation;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Reconciliation;

/// <summary>
/// The step between recognition and validation: a figure that breaks the form's equations is replaced only
/// by the one alternative reading of one uncertain cell that makes them hold.
/// </summary>
public sealed class ReadingReconcilerTests
{
    private readonly ReadingReconciler _reconciler = new(FormValidator.CreateDefault());

    [Fact]
    public void A_score_read_without_its_first_digit_is_restored_when_only_that_reading_adds_up()
    {
        // The seventh row scores 15 of 15; the scan lost the 1, which breaks 总分.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.67, 6, "15", "25", "5.0", "55") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("15", result.Indicators[6].Score!.Text);
        Assert.Equal(15m, result.Indicators[6].Score!.Value);
        Assert.Empty(FormValidator.CreateDefault().Validate(result));
        var warning = Assert.Single(warnings);
        Assert.Equal(ReadingReconciler.ReplacedCode, warning.Code);
        Assert.Equal("/indicators/6/score", warning.Path);
        Assert.Equal(1, warning.Page);
        Assert.Contains("'5'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'15'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lost_decimal_point_in_a_funding_figure_is_restored_by_the_sum_of_the_sources()
    {
        var form = Some.Form(Some.Funding(adjustedBudget: 282.72m, executed: 177.21m))
            .WithTotalRow(r => r with { InitialBudget = Scanned("28272", 0.31, 0, "2827.2", "282.72", "128272") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal(282.72m, result.Funding.Total!.InitialBudget!.Value);
        Assert.Equal("/funding/total/initialBudget", Assert.Single(warnings).Path);
    }

    [Fact]
    public void A_confident_reading_is_left_as_read_however_well_an_alternative_fits()
    {
        // A total printed wrong on the page and read clearly is an audit finding, not a misreading.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.96, 6, "15") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("5", result.Indicators[6].Score!.Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_confident_reading_another_recogniser_disputes_gives_way_to_the_disputing_one_that_adds_up()
    {
        // A phone capture: one recogniser read 5 at 0.93 where the other read 15, which adds up.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Disputed(Scanned("5", 0.93, 6, "15", "25", "55"), "15") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal(15m, result.Indicators[6].Score!.Value);
        Assert.Empty(FormValidator.CreateDefault().Validate(result));
        var warning = Assert.Single(warnings);
        Assert.Equal("/indicators/6/score", warning.Path);
        Assert.Contains("another recogniser read '15'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confident_reading_weighs_only_the_disputing_reading_not_its_slips()
    {
        // 25 would not add up, and 15, which would, is only a slip of the confident reading: it stays as read.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Disputed(Scanned("5", 0.93, 6, "25", "15", "55"), "25") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("5", result.Indicators[6].Score!.Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_reading_under_the_doubt_bar_is_weighed_against_all_its_readings()
    {
        // A phone capture's 15 for a printed 1.5, read at 0.88: the lost point is among the slips the cell carries.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.88, 6, "15", "25", "55") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal(15m, result.Indicators[6].Score!.Value);
        Assert.Single(warnings);
    }

    [Fact]
    public void Two_cells_that_could_each_settle_the_sum_leave_both_as_read()
    {
        // 总分 99.5 against 89.5 added up: either the uncertain 总分 is 89.5 or the uncertain 得分 5 is 15.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.6, 6, "15") }) with { TotalScore = Scanned("99.5", 0.5, null, "89.5") };

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("5", result.Indicators[6].Score!.Text);
        Assert.Equal("99.5", result.TotalScore!.Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Two_spellings_of_one_value_are_one_alternative()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("5", 0.6, 6, "15", "15.0") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("15", result.Indicators[6].Score!.Text);
        Assert.Single(warnings);
    }

    [Fact]
    public void An_alternative_that_settles_one_sum_but_breaks_another_rule_is_refused()
    {
        // 15 would add up, but the row's 分值 is 10 on this form, so 15 would exceed it.
        var form = Some.Form().WithIndicator(0, i => i with { Score = Scanned("5", 0.6, 0, "15") });
        form = form with { TotalScore = Some.Number(form.TotalScore!.Value!.Value + 10m) };

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal("5", result.Indicators[0].Score!.Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void No_broken_equation_means_no_alternative_is_looked_at()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Scanned("15", 0.3, 6, "5", "16") });

        var (result, warnings) = _reconciler.Reconcile(form);

        Assert.Equal(form, result);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_rate_alternative_is_read_as_a_rate()
    {
        // 95000 of 100000 spent: 95.00%, read as 9500% with its point lost.
        var form = Some.Form().WithFunding(f => f with { ExecutionRate = ScannedRate("9500%", 0.4, "950.0%", "95.00%") });

        var (result, _) = _reconciler.Reconcile(form);

        Assert.Equal(0.95m, result.Funding.ExecutionRate!.Value);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void The_confidence_limit_is_checked(double limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadingReconciler(FormValidator.CreateDefault(), limit));
    }

    /// <summary>
    /// A cell as a scan gives it: a page, a box (by row, or the funding block for null), a confidence, and the
    /// other readings the recogniser found plausible, carried by the cell.
    /// </summary>
    private static NumberCell Scanned(string text, double confidence, int? row, params string[] readings) =>
        Some.Number(text) with { Page = 1, Bbox = BoxOf(row).ToArray(), Confidence = confidence, Evidence = new CellEvidence { Engine = confidence, Readings = readings } };

    /// <summary>The cell with another recogniser's reading of it that differs: <paramref name="other"/>.</summary>
    private static NumberCell Disputed(NumberCell cell, string other) => cell with { Evidence = cell.Evidence! with { Disputed = other } };

    private static NumberCell ScannedRate(string text, double confidence, params string[] readings) =>
        Some.Rate(text) with { Page = 1, Bbox = BoxOf(null).ToArray(), Confidence = confidence, Evidence = new CellEvidence { Engine = confidence, Readings = readings } };

    private static Box BoxOf(int? row) => row is { } r ? new Box(900, 1000 + (r * 50), 1000, 1040 + (r * 50)) : new Box(100, 300, 300, 340);
}
