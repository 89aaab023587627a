using FormExtract.Core.Confidence;
using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Confidence;

/// <summary>
/// The seam between the pipeline and the confidence model: which cells are weighed, with which features, and
/// how the model's probabilities become the cells' confidence, the review counts and the warnings.
/// </summary>
public sealed class CellConfidenceTests
{
    private readonly FormValidator _validator = FormValidator.CreateDefault();

    [Fact]
    public void Every_cell_of_a_form_is_found_under_the_pointer_findings_use()
    {
        var form = Some.Form();

        var cells = FormCellMap.Cells(form);

        Assert.Contains(cells, c => c.Path == "/funding/total/executed" && ReferenceEquals(c.Cell, form.Funding.Total!.Executed));
        Assert.Contains(cells, c => c.Path == "/indicators/6/score" && ReferenceEquals(c.Cell, form.Indicators[6].Score));
        Assert.Contains(cells, c => c.Path == "/totalScore" && ReferenceEquals(c.Cell, form.TotalScore));
        Assert.Equal(cells.Count, cells.Select(c => c.Path).Distinct().Count());
        // Mapping every cell to itself gives the same cells back, under the same pointers.
        Assert.Equal(cells, FormCellMap.Cells(FormCellMap.Map(form, (_, cell) => cell)));
    }

    [Fact]
    public void Only_cells_the_recogniser_read_are_weighed()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("5", 0.62, "15") });

        var cells = CellFeatures.Of(form, _validator.Validate(form));

        var (path, _, features) = Assert.Single(cells);
        Assert.Equal("/indicators/6/score", path);
        Assert.Equal(CellFeatures.Count, features.Length);
        Assert.Equal(0.62f, features[Index("engine")], 3);
        Assert.Equal(1, features[Index("readings")]);
        // 15 is another value than 5; the 得分 no longer adds up to 总分, a finding in the totals.
        Assert.Equal(1, features[Index("readingsOtherValue")]);
        Assert.True(features[Index("equationFindings")] >= 1);
        Assert.Equal(1, features[Index("digits")]);
    }

    [Fact]
    public void The_models_probability_becomes_the_confidence_of_recognised_cells_only()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("15", 0.97) }).WithIndicator(5, i => i with { Weight = Read("10", 0.99) });
        var model = new CellConfidence(cells => [.. cells.Select(f => f[Index("engine")] > 0.98 ? 0.999 : 0.4)], threshold: 0.9);

        var scored = model.Score(form, _validator);

        Assert.Equal(0.4, scored.Indicators[6].Score!.Confidence);
        Assert.Equal(0.999, scored.Indicators[5].Weight!.Confidence);
        Assert.Null(scored.TotalScore!.Confidence);
        // The recogniser's own figure stays in the evidence.
        Assert.Equal(0.97, scored.Indicators[6].Score!.Evidence!.Engine);
        var (summary, warnings) = model.Review(scored);
        Assert.Equal(new ReviewSummary { Threshold = 0.9, Cells = 2, Below = 1 }, summary);
        var warning = Assert.Single(warnings);
        Assert.Equal((CellConfidence.LowConfidenceCode, "/indicators/6/score"), (warning.Code, warning.Path));
    }

    [Fact]
    public void A_form_read_from_text_is_left_as_it_is_and_has_no_review()
    {
        var form = Some.Form();
        var model = new CellConfidence(_ => throw new InvalidOperationException("no cell to weigh"), threshold: 0.9);

        Assert.Same(form, model.Score(form, _validator));
        Assert.Equal((null, 0), (model.Review(form).Summary, model.Review(form).Warnings.Count));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void The_review_threshold_is_checked(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellConfidence(_ => [], threshold));

    private static int Index(string name) => CellFeatures.Names.ToList().IndexOf(name);

    private static NumberCell Read(string text, double engine, params string[] readings) =>
        Some.Number(text) with { Page = 1, Confidence = engine, Evidence = new CellEvidence { Engine = engine, Readings = readings } };
}
