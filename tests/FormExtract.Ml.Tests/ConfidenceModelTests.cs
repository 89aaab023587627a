using FormExtract.Core.Confidence;
using FormExtract.Testing;

namespace FormExtract.Ml.Tests;

/// <summary>
/// The confidence model end to end on cells of generated scans read by Tesseract (a committed sample, see
/// Fixtures/README.md): a small model is trained, saved, loaded and asked, and the model that comes with
/// FormExtract loads and tells right cells from wrong ones.
/// </summary>
public sealed class ConfidenceModelTests
{
    private static readonly IReadOnlyList<LabelledCell> Sample = SampleCells.Read;

    [Fact]
    public void A_small_model_trained_on_read_cells_loads_and_gives_wrong_cells_lower_probabilities()
    {
        using var folder = new TempFolder();
        var path = folder.Path("small.zip");
        using (var output = File.Create(path))
        {
            new ConfidenceTrainer(trees: 20, leaves: 8, minimumPerLeaf: 5).Train(Sample, output);
        }

        var model = ConfidenceModel.Load(path);
        var probabilities = model.Probabilities([.. Sample.Select(c => c.Features)]);

        Assert.Equal(Sample.Count, probabilities.Count);
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        var right = Sample.Select((c, i) => (c, p: probabilities[i])).Where(x => x.c.Right).Average(x => x.p);
        var wrong = Sample.Select((c, i) => (c, p: probabilities[i])).Where(x => !x.c.Right).Average(x => x.p);
        Assert.True(wrong < right - 0.2, $"wrong cells average {wrong:0.000}, right ones {right:0.000}");
    }

    [Fact]
    public void The_trees_evaluated_directly_give_what_ML_NET_gives_and_the_calibration_keeps_their_order()
    {
        using var folder = new TempFolder();
        var path = folder.Path("model.zip");
        using (var output = File.Create(path))
        {
            new ConfidenceTrainer().Train(Sample, output);
        }

        var model = ConfidenceModel.Load(path);
        // Printed cells too: the same vectors with the recogniser's figures gone.
        var features = Sample.Select(c => c.Features)
            .Concat(Sample.Select(c => c.Features.Select((f, i) => i is 0 or 1 ? -1 : i == CellFeatures.RecognisedIndex ? 0 : f).ToArray()))
            .ToArray();

        var scores = model.Scores(features);
        var probabilities = model.Probabilities(features);
        var reference = model.ThroughMlNet(features);

        Assert.Equal(reference.Count, scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            Assert.Equal(reference[i].Score, scores[i], 1e-4); // ML.NET gives its score as a float
        }

        // A higher score is never a lower probability, and cells ML.NET's staircase ties are told apart by their scores.
        var ranked = scores.Select((s, i) => (s, p: probabilities[i])).OrderBy(x => x.s).ToArray();
        Assert.All(ranked.Zip(ranked.Skip(1)), pair => Assert.True(pair.First.p <= pair.Second.p + 1e-12, $"{pair.First} then {pair.Second}"));
        Assert.True(probabilities.Distinct().Count() > reference.Select(r => r.Probability).Distinct().Count());

        // Read through the steps' centres, the probabilities stay near the staircase's shares on the whole (this
        // sample holds every wrong cell, so most of it lies on the steep low steps; held-out cells are where
        // calibration is measured, by 'confidence evaluate').
        Assert.InRange(probabilities.Zip(reference, (p, r) => Math.Abs(p - r.Probability)).Average(), 0, 0.05);
        Assert.InRange(Math.Abs(probabilities.Average() - reference.Average(r => r.Probability)), 0, 0.03);
    }

    [Fact]
    public void A_staircase_read_through_its_centres_takes_each_steps_value_at_its_centre_and_the_line_between()
    {
        var steps = ConfidenceModel.CentredSteps.Of(mins: [-3f, -1f, 0f, 2f], maxes: [-2f, -0.5f, 1f, 4f], values: [0.2f, 0.5f, 0.5f, 0.9f]);

        Assert.Equal(0.2, steps.At(-10), 6);
        Assert.Equal(0.2, steps.At(-2.5), 6);
        // The two steps of 0.5 are one, centred at (-1 + 1) / 2.
        Assert.Equal(0.5, steps.At(0), 6);
        Assert.Equal(0.35, steps.At(-1.25), 6);
        Assert.Equal(0.7, steps.At(1.5), 6);
        Assert.Equal(0.9, steps.At(3), 6);
        Assert.Equal(0.9, steps.At(100), 6);
        Assert.True(double.IsNaN(steps.At(double.NaN)));
    }

    [Fact]
    public void A_two_part_model_scores_recognised_cells_with_one_part_and_printed_cells_with_the_other()
    {
        using var folder = new TempFolder();
        var printedCells = SampleCells.Printed();
        var recognised = SampleCells.TrainSmall(Sample);
        var printed = SampleCells.TrainSmall(printedCells);
        var path = folder.Path("two.zip");
        using (var output = File.Create(path))
        {
            ConfidenceTrainer.Combine(recognised, printed, output);
        }

        var two = ConfidenceModel.Load(path);
        var one = ConfidenceModel.Load(folder.Write("recognised.zip", recognised));
        var other = ConfidenceModel.Load(folder.Write("printed.zip", printed));

        Assert.True(two.TwoParts);
        var features = Sample.Select(c => c.Features).Concat(printedCells.Select(c => c.Features)).ToArray();
        var probabilities = two.Probabilities(features);
        var scores = two.Scores(features);
        var reference = two.ThroughMlNet(features);
        for (var i = 0; i < features.Length; i++)
        {
            var expected = i < Sample.Count ? one.Probability(features[i]) : other.Probability(features[i]);
            Assert.Equal(expected, probabilities[i], 9);
            Assert.Equal(reference[i].Score, scores[i], 1e-4); // ML.NET gives its score as a float
        }
    }

    [Fact]
    public void A_two_part_model_may_keep_a_first_version_model_for_recognised_cells()
    {
        using var folder = new TempFolder();
        var first = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "confidence-first-version.zip"));
        using var printed = new MemoryStream();
        new ConfidenceTrainer(trees: 10, leaves: 8, minimumPerLeaf: 5).Train(Sample, printed);
        var path = folder.Path("two.zip");
        using (var output = File.Create(path))
        {
            ConfidenceTrainer.Combine(first, printed.ToArray(), output);
        }

        var model = ConfidenceModel.Load(path);

        // Recognised cells are scored on their first 19 features, as the first version scored them.
        var features = Sample.Select(c => c.Features).ToArray();
        Assert.Equal(model.ThroughMlNet(features).Select(r => r.Score), model.Scores(features), (a, b) => Math.Abs(a - b) < 1e-4);
        var right = Sample.Select((c, i) => (c, p: model.Probability(features[i]))).Where(x => x.c.Right).Average(x => x.p);
        var wrong = Sample.Select((c, i) => (c, p: model.Probability(features[i]))).Where(x => !x.c.Right).Average(x => x.p);
        Assert.True(wrong < right - 0.1, $"wrong cells average {wrong:0.000}, right ones {right:0.000}");
    }

    [Fact]
    public void A_first_version_cells_file_loads_with_its_cells_recognised_and_not_moved()
    {
        var (_, cells) = EarlierVersion("cells-first-version.tsv", CellsFile.FirstVersionHeader);

        Assert.All(cells, c => Assert.Equal(0, c.Features[CellFeatures.Names.ToList().IndexOf("moved")]));
        Assert.All(cells, c => Assert.Equal(c.Engine is null ? 0 : 1, c.Features[CellFeatures.RecognisedIndex]));
    }

    [Fact]
    public void A_second_version_cells_file_loads_with_no_cell_categorised()
    {
        float[] Cell(float engine) => [engine, .. Enumerable.Repeat(0f, CellFeatures.RecognisedIndex - 1), engine >= 0 ? 1 : 0];
        var lines = new[]
        {
            CellsFile.SecondVersionHeader,
            CellsFile.Line("a.png", 0, "/totalScore", true, Cell(0.9f)),
            CellsFile.Line("b.txt", 0, "/grade", false, Cell(-1)),
        };

        var cells = CellsFile.Read(lines);

        Assert.Equal([true, false], cells.Select(c => c.Right));
        Assert.All(cells, c => Assert.Equal(CellFeatures.Count, c.Features.Length));
        Assert.All(cells, c => Assert.Equal(0, c.Features[CellFeatures.Names.ToList().IndexOf("categorised")]));
        Assert.Equal([1f, 0f], cells.Select(c => c.Features[CellFeatures.RecognisedIndex]));
    }

    [Fact]
    public void A_third_version_cells_file_loads_with_its_words_features_unknown()
    {
        var (lines, cells) = EarlierVersion("cells-third-version.tsv", CellsFile.ThirdVersionHeader);

        Assert.All(cells, c => Assert.Equal([-1f, -1f, -1f], c.Features[CellFeatures.ThirdVersionCount..CellFeatures.FourthVersionCount]));
        Assert.All(cells, c => Assert.Equal([0f, 0f, 0f], c.Features[CellFeatures.FourthVersionCount..]));
        // The features it has are the file's, in place.
        var first = lines[1].Split('\t')[4..].Select(f => float.Parse(f, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first, cells[0].Features[..CellFeatures.ThirdVersionCount]);
    }

    [Fact]
    public void A_fourth_version_cells_file_loads_with_its_page_not_known_and_no_cell_coarse()
    {
        var (lines, cells) = EarlierVersion("cells.tsv", CellsFile.FourthVersionHeader);

        Assert.All(cells, c => Assert.Equal([0f, 0f, 0f], c.Features[CellFeatures.FourthVersionCount..]));
        Assert.All(cells, c => Assert.False(CellFeatures.Coarse(c.Features)));
        var first = lines[1].Split('\t')[4..].Select(f => float.Parse(f, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first, cells[0].Features[..CellFeatures.FourthVersionCount]);
    }

    [Theory]
    [InlineData(150, 0, true)]
    [InlineData(174, 0, true)]
    [InlineData(200, 0, false)]
    [InlineData(300, 0, false)]
    [InlineData(300, 1, true)]
    [InlineData(200, 1, true)]
    public void A_recognised_cell_is_coarse_below_175_dpi_or_black_and_white(float dpi, float bilevel, bool coarse)
    {
        var features = Page(Sample[0].Features, dpi, bilevel);
        var printed = features.Select((f, i) => i == CellFeatures.RecognisedIndex ? 0 : f).ToArray();

        Assert.Equal(coarse, CellFeatures.Coarse(features));
        Assert.False(CellFeatures.Coarse(printed));
    }

    [Fact]
    public void A_model_with_a_coarse_part_scores_cells_of_coarse_pages_with_it_and_the_others_as_before()
    {
        using var folder = new TempFolder();
        var printedCells = SampleCells.Printed();
        var fine = Sample.Select(c => c with { Features = Page(c.Features, 300, 0) }).ToArray();
        // The coarse part learns the other way round, so that which part scored a cell shows.
        var coarseCells = Sample.Select(c => c with { Features = Page(c.Features, 150, 0), Right = !c.Right }).ToArray();
        var recognised = SampleCells.TrainSmall(fine);
        var printed = SampleCells.TrainSmall(printedCells);
        var coarse = SampleCells.TrainSmall(coarseCells);
        using (var output = File.Create(folder.Path("three.zip")))
        {
            ConfidenceTrainer.Combine(recognised, printed, output, coarse);
        }

        using (var output = File.Create(folder.Path("two.zip")))
        {
            ConfidenceTrainer.Combine(recognised, printed, output);
        }

        var three = ConfidenceModel.Load(folder.Path("three.zip"));
        var two = ConfidenceModel.Load(folder.Path("two.zip"));
        var alone = (Recognised: ConfidenceModel.Load(folder.Write("r.zip", recognised)), Printed: ConfidenceModel.Load(folder.Write("p.zip", printed)), Coarse: ConfidenceModel.Load(folder.Write("c.zip", coarse)));

        Assert.True(three.HasCoarsePart);
        Assert.False(two.HasCoarsePart);
        var bilevel = Sample.Select(c => Page(c.Features, 300, 1)).ToArray();
        for (var i = 0; i < Sample.Count; i++)
        {
            Assert.Equal(alone.Recognised.Probability(fine[i].Features), three.Probability(fine[i].Features), 9);
            Assert.Equal(alone.Printed.Probability(printedCells[i].Features), three.Probability(printedCells[i].Features), 9);
            Assert.Equal(alone.Coarse.Probability(coarseCells[i].Features), three.Probability(coarseCells[i].Features), 9);
            Assert.Equal(alone.Coarse.Probability(bilevel[i]), three.Probability(bilevel[i]), 9);
            // Without a coarse part, a coarse page's cells are scored by the recognised part.
            Assert.Equal(alone.Recognised.Probability(coarseCells[i].Features), two.Probability(coarseCells[i].Features), 9);
        }

        var features = coarseCells.Select(c => c.Features).ToArray();
        Assert.Equal(three.ThroughMlNet(features).Select(r => r.Score), three.Scores(features), (a, b) => Math.Abs(a - b) < 1e-4);
        var right = coarseCells.Where(c => c.Right).Average(c => three.Probability(c.Features));
        var wrong = coarseCells.Where(c => !c.Right).Average(c => three.Probability(c.Features));
        Assert.True(wrong < right - 0.1, $"wrong cells average {wrong:0.000}, right ones {right:0.000}");
    }

    /// <summary>The features with the page's resolution and black and white set.</summary>
    private static float[] Page(float[] features, float dpi, float bilevel)
    {
        var copy = features.ToArray();
        copy[CellFeatures.ResolutionIndex] = dpi;
        copy[CellFeatures.BilevelIndex] = bilevel;
        return copy;
    }

    /// <summary>A fixture cells file of an earlier version: its header is that version's, and its cells load with this version's features.</summary>
    private static (string[] Lines, LabelledCell[] Cells) EarlierVersion(string fixture, string header)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        Assert.Equal(header, lines[0]);
        var cells = CellsFile.Read(lines).ToArray();
        Assert.All(cells, c => Assert.Equal(CellFeatures.Count, c.Features.Length));
        return (lines, cells);
    }

    [Fact]
    public void A_fifth_version_cells_file_loads_with_no_dispute_known()
    {
        var features = Enumerable.Range(0, CellFeatures.FifthVersionCount).Select(i => (float)i / 10).ToArray();
        var lines = new[] { CellsFile.FifthVersionHeader, CellsFile.Line("a.txt", 0, "/indicators/0/actual", false, features) };

        var cell = Assert.Single(CellsFile.Read(lines));

        Assert.Equal([.. features, 0f], cell.Features);
        Assert.Equal(CellFeatures.Count, cell.Features.Length);
    }

    [Fact]
    public void A_cells_file_of_this_version_reads_back_its_lines()
    {
        var features = Enumerable.Range(0, CellFeatures.Count).Select(i => (float)i / 10).ToArray();
        var lines = new[] { CellsFile.Header, CellsFile.Line("a.txt", 0, "/totalScore", true, features) };

        var cell = Assert.Single(CellsFile.Read(lines));

        Assert.Equal(features, cell.Features);
        Assert.True(cell.Right);
    }

    [Fact]
    public void The_same_cells_train_the_same_model_byte_for_byte()
    {
        var first = SampleCells.TrainSmall(Sample);
        var second = SampleCells.TrainSmall(Sample);

        // The zip's entries carry no time stamps that differ between runs: the bytes are the model.
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_model_that_comes_with_FormExtract_loads_and_ranks_wrong_cells_low()
    {
        var model = ConfidenceModel.Load(Repository.Path("models", "confidence.zip"));

        var probabilities = model.Probabilities([.. Sample.Select(c => c.Features)]);

        var right = Sample.Select((c, i) => (c, p: probabilities[i])).Where(x => x.c.Right).Average(x => x.p);
        var wrong = Sample.Select((c, i) => (c, p: probabilities[i])).Where(x => !x.c.Right).Average(x => x.p);
        Assert.True(wrong < right - 0.1, $"wrong cells average {wrong:0.000}, right ones {right:0.000}");
    }

    [Fact]
    public void A_missing_model_file_is_an_error_that_names_it()
    {
        using var folder = new TempFolder();
        var path = folder.Path("none.zip");

        var error = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_an_error_that_names_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("corrupt.zip", "PK\u0003\u0004 not a model"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_trained_on_the_first_versions_features_is_an_error_that_names_it()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "confidence-first-version.zip");

        var error = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("other features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_needs_both_right_and_wrong_cells()
    {
        using var output = new MemoryStream();
        var right = Sample.Where(c => c.Right).ToArray();

        Assert.Throws<ArgumentException>(() => new ConfidenceTrainer().Train(right, output));
    }

    [Fact]
    public void A_cells_file_of_other_features_is_refused()
    {
        var lines = new[] { "file\tform\tpath\tright\tengine", "a.png\t0\t/totalScore\t1\t0.9" };

        Assert.Throws<InvalidDataException>(() => CellsFile.Read(lines).ToArray());
        Assert.Equal(CellFeatures.Count, Sample[0].Features.Length);
    }
}
