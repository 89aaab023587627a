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
    public void Mapping_meets_the_cells_in_the_order_they_are_listed_and_puts_each_replacement_in_its_place()
    {
        var some = Some.Form();
        var form = some with { Funding = some.Funding with { ExtraRows = [new FundingRow { Label = "其他资金", Executed = Some.Number("3") }] } };
        var met = new List<string>();

        var mapped = FormCellMap.Map(form, (path, cell) =>
        {
            met.Add(path);
            return cell with { Confidence = met.Count };
        });

        var listed = FormCellMap.Cells(form);
        Assert.Contains(listed, c => c.Path == "/funding/extraRows/0/executed");
        Assert.Equal(listed.Select(c => c.Path), met);
        Assert.Equal(Enumerable.Range(1, listed.Count).Select(i => (double?)i), FormCellMap.Cells(mapped).Select(c => c.Cell.Confidence));
        // A form none of whose cells changed is not rebuilt.
        Assert.Same(form, FormCellMap.Map(form, (_, cell) => cell));
    }

    [Fact]
    public void Every_cell_is_weighed_and_a_recognised_one_by_the_recognisers_figures()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("5", 0.62, "15") });

        var cells = CellFeatures.Of(form, _validator.Validate(form));

        Assert.Equal(FormCellMap.Cells(form).Select(c => c.Path), cells.Select(c => c.Path));
        var features = cells.Single(c => c.Path == "/indicators/6/score").Features;
        Assert.Equal(CellFeatures.Count, features.Length);
        Assert.Equal(0.62f, features[Index("engine")], 3);
        Assert.Equal(1, features[Index("recognised")]);
        Assert.Equal(1, features[Index("readings")]);
        // 15 is another value than 5; the 得分 no longer adds up to 总分, a finding in the totals.
        Assert.Equal(1, features[Index("readingsOtherValue")]);
        Assert.True(features[Index("equationFindings")] >= 1);
        Assert.Equal(1, features[Index("digits")]);
        // A printed cell: no recogniser, placed as printed unless a reader says otherwise.
        var printed = cells.Single(c => c.Path == "/totalScore").Features;
        Assert.Equal((-1f, 0f, 0f, 0f), (printed[Index("engine")], printed[Index("recognised")], printed[Index("moved")], printed[Index("disputed")]));
    }

    [Fact]
    public void The_findings_at_a_cell_and_near_it_are_counted_as_one_by_one()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("5", 0.62, "15") }).WithIndicator(2, i => i with { Weight = Some.Number("99") });
        var findings = _validator.Validate(form);

        var cells = CellFeatures.Of(form, findings);

        Assert.NotEmpty(findings);
        var equations = findings.Count(f => FormExtract.Core.Reconciliation.ReadingReconciler.EquationRules.Contains(f.Rule));
        Assert.All(cells, c => Assert.Equal(CellFeatures.Of(c.Path, c.Cell, findings, equations), c.Features));
    }

    [Fact]
    public void A_measure_another_recogniser_read_as_other_digits_is_disputed_and_a_figure_the_reconciler_weighed_is_not()
    {
        var evidence = new CellEvidence { Engine = 0.96, WeakestCharacter = 0.99, Disputed = "709%" };
        var form = Some.Form()
            .WithIndicator(3, i => i with { Actual = i.Actual! with { Evidence = evidence } })
            .WithIndicator(4, i => i with { Weight = i.Weight! with { Evidence = evidence with { Disputed = "15" } } })
            .WithIndicator(5, i => i with { Actual = i.Actual! with { Evidence = evidence with { Disputed = null } } });

        var cells = CellFeatures.Of(form, _validator.Validate(form));
        float Disputed(string path) => cells.Single(c => c.Path == path).Features[Index("disputed")];

        Assert.Equal((1f, 0f, 0f), (Disputed("/indicators/3/actual"), Disputed("/indicators/4/weight"), Disputed("/indicators/5/actual")));
    }

    [Fact]
    public void An_indicator_figure_read_by_ocr_with_other_readings_in_a_row_with_a_finding_is_contested()
    {
        var read = new CellEvidence { Engine = 0.96, WeakestCharacter = 0.99, Readings = ["8", "3"] };
        var form = Some.Form()
            // 得分 8 over a 分值 read as 2, which the recogniser might have read as 8: the row has a finding.
            .WithIndicator(4, i => i with { Weight = Some.Number("2") with { Evidence = read }, Score = Some.Number("8") with { Evidence = read with { Readings = [] } } })
            // The same readings in a row whose figures agree, and printed in a row whose figures do not.
            .WithIndicator(1, i => i with { Weight = i.Weight! with { Evidence = read } })
            .WithIndicator(6, i => i with { Weight = Some.Number("2"), Score = Some.Number("8") });
        var findings = _validator.Validate(form);

        var cells = CellFeatures.Of(form, findings);
        bool Contested(string path) => CellFeatures.Contested(cells.Single(c => c.Path == path).Features);

        Assert.Contains(findings, f => f.Rule == "score-exceeds-weight" && f.Path == "/indicators/4/score");
        Assert.Contains(findings, f => f.Rule == "score-exceeds-weight" && f.Path == "/indicators/6/score");
        Assert.True(Contested("/indicators/4/weight"));
        // Its score was read with no other reading; the row whose figures agree has no finding; the last was printed.
        Assert.Equal((false, false, false, false), (Contested("/indicators/4/score"), Contested("/indicators/1/weight"), Contested("/indicators/6/weight"), Contested("/indicators/6/score")));
        Assert.Single(cells, c => CellFeatures.Contested(c.Features));
        Assert.DoesNotContain(findings, f => f.Path.StartsWith("/indicators/1/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_moved_or_fused_cell_says_so_in_its_features()
    {
        var moved = Some.Form().WithIndicator(3, i => i with { Actual = i.Actual! with { Evidence = CellEvidence.With(null, CellPlacement.Moved | CellPlacement.Fused) } });

        var features = CellFeatures.Of(moved, []).Single(c => c.Path == "/indicators/3/actual").Features;

        Assert.Equal((1f, 1f, 0f), (features[Index("moved")], features[Index("fused")], features[Index("recognised")]));
    }

    [Fact]
    public void A_recognised_name_with_a_misread_character_has_ideographs_in_no_word_and_printed_cells_and_header_names_are_not_weighed()
    {
        // 养老护理员培训覆盖户数 as printed, and with 培 and 覆 misread (塔训, 履盖), as the recogniser read it on a scan.
        TextCell Recognised(string text) => Some.Text(text) with { Page = 1, Evidence = new CellEvidence { Engine = 0.9, WeakestCharacter = 0.85 } };
        var form = Some.Form()
            .WithIndicator(0, i => i with { Name = Recognised("养老护理员培训覆盖户数") })
            .WithIndicator(1, i => i with { Name = Recognised("养老护理员塔训履盖户数") })
            .WithIndicator(2, i => i with { Name = Some.Text("养老护理员塔训履盖户数") });

        var cells = CellFeatures.Of(form, []);
        (float Share, float Count, float Run) Words(int row)
        {
            var f = cells.Single(c => c.Path == $"/indicators/{row}/name").Features;
            return (f[Index("outsideShare")], f[Index("outsideWords")], f[Index("outsideRun")]);
        }

        // 员 and 户数 stand in no word of the dictionary; misread, 塔训 and 履盖 stand in none either: 员塔训履盖户数 is one stretch.
        Assert.Equal((3 / 11f, 3f, 2f), Words(0));
        Assert.Equal((7 / 11f, 7f, 7f), Words(1));
        // A printed cell's characters are the file's own: it is not weighed against the dictionary.
        Assert.Equal((-1f, -1f, -1f), Words(2));
        // Nor is a header's name, recognised or not: 棠溪镇 is a place no general dictionary holds.
        var named = CellFeatures.Of(form with { Department = Recognised("池州市贵池区棠溪镇人民政府") }, []).Single(c => c.Path == "/department").Features;
        Assert.Equal((-1f, -1f, -1f), (named[Index("outsideShare")], named[Index("outsideWords")], named[Index("outsideRun")]));
    }

    [Fact]
    public void Words_are_looked_for_within_runs_of_ideographs_and_text_with_none_has_no_share()
    {
        var words = new ChineseWords(["道路", "建设", "路建", "长度"]);

        Assert.Equal(new WordCoverage(4, 0, 0), words.Cover("道路建设"));
        Assert.Equal(new WordCoverage(5, 3, 3), words.Cover("道路新造的"));
        Assert.Equal(0.6f, words.Cover("道路新造的").OutsideShare);
        // A figure between ideographs parts their stretch: 新造 and 的 are two stretches outside words, not one of three.
        Assert.Equal(new WordCoverage(5, 3, 2), words.Cover("道路新造1的"));
        Assert.Equal(-1, words.Cover("95.5%").OutsideShare);
    }

    [Fact]
    public void An_ideograph_stands_in_a_word_only_with_the_ideographs_beside_it()
    {
        var words = new ChineseWords(["覆盖", "服务", "盖面", "道路建设"]);

        Assert.True(words.InWord("扩大服务覆盖面", 4));
        Assert.False(words.InWord("扩大服务履盖面", 4));
        Assert.True(words.InWord("扩大服务履盖面", 5));
        Assert.True(words.InWord("道路建设", 1));
        // A figure or a mark ends a word, and nothing but an ideograph stands in one.
        Assert.False(words.InWord("覆1盖", 0));
        Assert.False(words.InWord("道路建设", 7));
        Assert.False(words.InWord("覆盖，", 2));
        Assert.Equal(words.Cover("扩大服务履盖面").Outside, Enumerable.Range(0, 7).Count(i => !words.InWord("扩大服务履盖面", i)));
    }

    [Fact]
    public void The_models_probability_becomes_the_confidence_of_every_cell_and_only_recognised_ones_are_reviewed()
    {
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("15", 0.97) }).WithIndicator(5, i => i with { Weight = Read("10", 0.99) });
        var model = new CellConfidence(cells => [.. cells.Select(f => f[Index("recognised")] == 0 ? 0.5 : f[Index("engine")] > 0.98 ? 0.999 : 0.4)], threshold: 0.9);

        var scored = model.Score(form, _validator);

        Assert.Equal(0.4, scored.Indicators[6].Score!.Confidence);
        Assert.Equal(0.999, scored.Indicators[5].Weight!.Confidence);
        Assert.Equal(0.5, scored.TotalScore!.Confidence);
        // The recogniser's own figure stays in the evidence.
        Assert.Equal(0.97, scored.Indicators[6].Score!.Evidence!.Engine);
        // Printed cells below the threshold are not sent to review: only the two recognised cells count.
        var (summary, warnings) = model.Review(scored);
        Assert.Equal(new ReviewSummary { Threshold = 0.9, Cells = 2, Below = 1 }, summary);
        var warning = Assert.Single(warnings);
        Assert.Equal((CellConfidence.LowConfidenceCode, "/indicators/6/score"), (warning.Code, warning.Path));
    }

    [Fact]
    public void Every_cell_is_scored_from_its_own_features_as_the_form_lists_them()
    {
        // Recognised cells with findings near them, and printed cells of every kind: a model whose answer
        // depends on the whole vector tells any cell scored from another's features, or from stale ones.
        var form = Some.Form().WithIndicator(6, i => i with { Score = Read("15", 0.97), Actual = i.Actual! with { Evidence = new CellEvidence { Engine = 0.81 } } })
            .WithIndicator(5, i => i with { Weight = Read("99", 0.93, "18") });
        var findings = _validator.Validate(form);
        static double Of(IReadOnlyList<float> f) => f.Select((v, i) => v * (i + 1) * 0.37).Sum() % 1;
        var model = new CellConfidence(cells => [.. cells.Select(Of)], threshold: 0.9);

        var scored = FormCellMap.Cells(model.Score(form, findings));

        var expected = CellFeatures.Of(form, findings).Select(c => (c.Path, Math.Round(Math.Clamp(Of(c.Features), 0, 1), 4))).ToArray();
        Assert.Equal(expected, scored.Select(c => (c.Path, c.Cell.Confidence!.Value)).ToArray());
        Assert.Contains(CellFeatures.Of(form, findings), c => c.Features[Index("findingsNear")] > 0 && c.Features[Index("equationFindings")] > 0);
        // The confidences differ enough that cells given their neighbours' would show.
        Assert.NotEqual(expected.Skip(1).Select(e => e.Item2), expected.SkipLast(1).Select(e => e.Item2));
    }

    [Fact]
    public void A_form_read_from_text_is_scored_but_has_no_review_and_its_findings_no_doubt()
    {
        var form = Some.Form().WithIndicator(2, i => i with { Weight = Some.Number("99") });
        var model = new CellConfidence(cells => [.. cells.Select(_ => 0.3)], threshold: 0.9);

        var scored = _validator.Revalidate(model.Score(form, _validator), recognised: false);

        Assert.All(FormCellMap.Cells(scored), c => Assert.Equal(0.3, c.Cell.Confidence));
        Assert.Equal((null, 0), (model.Review(scored).Summary, model.Review(scored).Warnings.Count));
        Assert.NotEmpty(scored.Findings);
        Assert.All(scored.Findings, f => Assert.Null(f.Doubt));
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
