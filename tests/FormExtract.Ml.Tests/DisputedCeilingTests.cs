using System.IO.Compression;
using FormExtract.Core.Confidence;
using FormExtract.Testing;

namespace FormExtract.Ml.Tests;

/// <summary>
/// The disputed measures' ceiling: measured on training cells as a model's parts score them, written beside the
/// parts, and applied to the measures the two recognisers read differently, and to no other cell; on the sample of
/// read cells (Fixtures/README.md) and the parts of the model that comes with FormExtract.
/// </summary>
public sealed class DisputedCeilingTests
{
    private static readonly IReadOnlyList<LabelledCell> Sample = SampleCells.Read;

    /// <summary>The parts of the model that comes with FormExtract: a small model of the sample is sure of none of its cells.</summary>
    private static readonly Lazy<ModelEntries> Parts = new(() => ConfidenceModel.Entries(File.ReadAllBytes(Repository.Path("models", "confidence.zip")))!);

    [Fact]
    public void The_ceiling_is_the_share_right_with_one_right_and_one_wrong_added()
    {
        Assert.Equal(94.0 / 98, new DisputedCeiling(96, 93).Ceiling, 12);
        Assert.Equal(0.5, new DisputedCeiling(2, 1).Ceiling, 12);
    }

    [Fact]
    public void A_model_with_a_ceiling_gives_disputed_measures_no_more_than_it_and_every_other_cell_what_its_parts_give()
    {
        var ceiling = new DisputedCeiling(10, 7);
        var with = Model(Parts.Value.Recognised, Parts.Value.Printed, ceiling);
        var without = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var disputed = Sample.Select(c => Disputed(c.Features)).ToArray();
        var printed = SampleCells.Printed().Select(c => c.Features).ToArray();

        Assert.Equal(ceiling, with.Disputed);
        Assert.Null(without.Disputed);
        // Some of the sample's cells are scored above the ceiling, so that the cap shows.
        Assert.Contains(disputed, f => without.Probability(f) > ceiling.Ceiling);
        foreach (var (cell, features) in Sample.Zip(disputed))
        {
            Assert.Equal(Math.Min(without.Probability(features), ceiling.Ceiling), with.Probability(features), 12);
            Assert.Equal(without.Probability(cell.Features), with.Probability(cell.Features), 12);
        }

        // A printed cell is never disputed, whatever its vector says.
        Assert.All(printed, f => Assert.Equal(without.Probability(Disputed(f)), with.Probability(Disputed(f)), 12));
    }

    [Fact]
    public void The_ceiling_is_measured_on_the_disputed_measures_the_model_is_sure_of()
    {
        var model = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var sure = Sample.Where(c => model.Probability(c.Features) >= FindingCheck.Top).Take(6).ToArray();
        var unsure = Sample.Where(c => model.Probability(c.Features) < FindingCheck.Top).Take(4).ToArray();
        Assert.Equal(6, sure.Length);
        Assert.Equal(4, unsure.Length);
        // Six sure disputed cells, two of them labelled wrong; the unsure disputed ones and the undisputed are not counted.
        var cells = sure.Select((c, i) => c with { Features = Disputed(c.Features), Right = i >= 2 })
            .Concat(unsure.Select(c => c with { Features = Disputed(c.Features), Right = true }))
            .Concat(Sample)
            .ToArray();

        Assert.Equal(new DisputedCeiling(6, 4), DisputedCeiling.Measure(model, cells));
        Assert.Null(DisputedCeiling.Measure(model, Sample));
        Assert.Throws<ArgumentException>(() => DisputedCeiling.Measure(Model(Parts.Value.Recognised, Parts.Value.Printed, new DisputedCeiling(6, 4)), cells));
    }

    [Fact]
    public void A_file_written_with_a_measured_ceiling_holds_it_and_keeps_the_one_given_where_the_cells_hold_no_dispute()
    {
        var model = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var sure = Sample.Where(c => model.Probability(c.Features) >= FindingCheck.Top).Take(3).Select(c => c with { Features = Disputed(c.Features), Right = true }).ToArray();
        var kept = new DisputedCeiling(40, 30);

        using var measured = new MemoryStream();
        var written = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, sure, kept, measured);
        using var keptFile = new MemoryStream();
        var keptWritten = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, Sample, kept, keptFile);
        using var none = new MemoryStream();
        var noneWritten = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, Sample, null, none);

        Assert.Equal(new DisputedCeiling(3, 3), written);
        Assert.Equal(written, ConfidenceModel.Read(measured.ToArray(), "measured").Disputed);
        Assert.Equal(kept, keptWritten);
        Assert.Equal(kept, ConfidenceModel.Read(keptFile.ToArray(), "kept").Disputed);
        Assert.Null(noneWritten);
        Assert.Null(ConfidenceModel.Entries(none.ToArray())!.Disputed);
    }

    [Fact]
    public void The_trees_do_not_weigh_the_dispute_the_ceiling_does()
    {
        // Every wrong cell disputed: trees that weighed the feature would learn the sample from it alone.
        var disputed = Sample.Select(c => c.Right ? c : c with { Features = Disputed(c.Features) }).ToArray();

        var trained = SampleCells.TrainSmall(disputed);

        Assert.Equal(SampleCells.TrainSmall(Sample), trained);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "cells": 0, "right": 0 }""")]
    [InlineData("""{ "cells": 5, "right": 6 }""")]
    [InlineData("""{ "cells": 5, "right": -1 }""")]
    [InlineData("null")]
    public void A_ceiling_that_is_not_one_is_an_error_that_names_the_file(string json)
    {
        using var folder = new TempFolder();
        using var combined = new MemoryStream();
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, combined);
        using (var zip = new ZipArchive(combined, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(DisputedCeiling.Entry).Open();
            entry.Write(System.Text.Encoding.UTF8.GetBytes(json));
        }

        var path = folder.Write("ceiling.zip", combined.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(DisputedCeiling.Entry, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_parts_and_ceiling_make_the_same_file_byte_for_byte()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, first, disputed: new DisputedCeiling(96, 93));
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, second, disputed: new DisputedCeiling(96, 93));

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static ConfidenceModel Model(byte[] recognised, byte[] printed, DisputedCeiling? ceiling)
    {
        using var output = new MemoryStream();
        ConfidenceTrainer.Combine(recognised, printed, output, disputed: ceiling);
        return ConfidenceModel.Read(output.ToArray(), "model");
    }

    /// <summary>The features with the <c>disputed</c> feature set.</summary>
    private static float[] Disputed(float[] features)
    {
        var copy = features.ToArray();
        copy[CellFeatures.DisputedIndex] = 1;
        return copy;
    }
}
