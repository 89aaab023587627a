using System.IO.Compression;
using FormExtract.Core.Confidence;
using FormExtract.Testing;

namespace FormExtract.Ml.Tests;

/// <summary>
/// The ceilings of capped cells (the disputed measures and the contested indicator figures): measured on training
/// cells as a model's parts score them, written beside the parts, and applied to the cells of their kind, and to no
/// other cell; on the sample of read cells (Fixtures/README.md) and the parts of the model that comes with FormExtract.
/// </summary>
public sealed class CeilingsTests
{
    private static readonly IReadOnlyList<LabelledCell> Sample = SampleCells.Read;

    /// <summary>The sample's cells of no capped kind as read: what a test makes one of a kind is then all there is of it.</summary>
    private static readonly IReadOnlyList<LabelledCell> Plain = [.. Sample.Where(c => !CappedCells.All.Any(k => k.Holds(c.Features)))];

    /// <summary>The parts of the model that comes with FormExtract: a small model of the sample is sure of none of its cells.</summary>
    private static readonly Lazy<ModelEntries> Parts = new(() => ConfidenceModel.Entries(File.ReadAllBytes(Repository.Path("models", "confidence.zip")))!);

    public static TheoryData<string> Kinds => [.. CappedCells.All.Select(k => k.Entry)];

    [Fact]
    public void The_ceiling_is_the_share_right_with_one_right_and_one_wrong_added()
    {
        Assert.Equal(94.0 / 98, new CellCeiling(96, 93).Ceiling, 12);
        Assert.Equal(0.5, new CellCeiling(2, 1).Ceiling, 12);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_model_with_a_ceiling_gives_its_kind_no_more_than_it_and_every_other_cell_what_its_parts_give(string entry)
    {
        var kind = Kind(entry);
        var other = CappedCells.All.Single(k => k != kind);
        var ceiling = new CellCeiling(10, 7);
        var with = Model(Parts.Value.Recognised, Parts.Value.Printed, Only(kind, ceiling));
        var without = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var capped = Plain.Select(c => Of(kind, c.Features)).ToArray();
        var printed = SampleCells.Printed().Select(c => c.Features).ToArray();

        Assert.Equal(ceiling, with.Ceilings.Of(kind));
        Assert.Null(with.Ceilings.Of(other));
        Assert.Equal(Ceilings.None, without.Ceilings);
        // Some of the sample's cells are scored above the ceiling, so that the cap shows.
        Assert.Contains(capped, f => without.Probability(f) > ceiling.Ceiling);
        foreach (var (cell, features) in Plain.Zip(capped))
        {
            Assert.True(kind.Holds(features));
            Assert.Equal(Math.Min(without.Probability(features), ceiling.Ceiling), with.Probability(features), 12);
            Assert.Equal(without.Probability(cell.Features), with.Probability(cell.Features), 12);
            // The other kind's cells are not capped by this kind's ceiling.
            Assert.Equal(without.Probability(Of(other, cell.Features)), with.Probability(Of(other, cell.Features)), 12);
        }

        // A printed cell is never capped, whatever its vector says.
        Assert.All(printed, f => Assert.Equal(without.Probability(Of(kind, f)), with.Probability(Of(kind, f)), 12));
    }

    [Fact]
    public void The_sample_as_read_holds_contested_figures_and_no_cell_of_both_kinds()
    {
        var contested = Sample.Where(c => CappedCells.Contested.Holds(c.Features)).ToArray();

        // Real read cells: indicators' weights and scores beside a finding, with other readings.
        Assert.NotEmpty(contested);
        Assert.All(contested, c => Assert.Matches("^/indicators/[0-9]+/(weight|score)$", c.Path));
        Assert.DoesNotContain(Sample, c => CappedCells.All.All(k => k.Holds(c.Features)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_ceiling_is_measured_on_the_cells_of_its_kind_the_model_is_sure_of(string entry)
    {
        var kind = Kind(entry);
        var model = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var sure = Plain.Where(c => model.Probability(c.Features) >= FindingCheck.Top).Take(6).ToArray();
        var unsure = Plain.Where(c => model.Probability(c.Features) < FindingCheck.Top).Take(4).ToArray();
        Assert.Equal(6, sure.Length);
        Assert.Equal(4, unsure.Length);
        // Six sure cells of the kind, two of them labelled wrong; the unsure ones and the rest are not counted.
        var cells = sure.Select((c, i) => c with { Features = Of(kind, c.Features), Right = i >= 2 })
            .Concat(unsure.Select(c => c with { Features = Of(kind, c.Features), Right = true }))
            .Concat(Plain)
            .ToArray();

        Assert.Equal(new CellCeiling(6, 4), CellCeiling.Measure(model, cells, kind));
        Assert.Equal(Only(kind, new CellCeiling(6, 4)), Ceilings.Measure(model, cells));
        Assert.Null(CellCeiling.Measure(model, Plain, kind));
        Assert.Throws<ArgumentException>(() => CellCeiling.Measure(Model(Parts.Value.Recognised, Parts.Value.Printed, Only(kind, new CellCeiling(6, 4))), cells, kind));
    }

    [Fact]
    public void A_file_written_with_measured_ceilings_holds_them_and_keeps_each_one_given_where_the_cells_hold_none_of_its_kind()
    {
        var model = Model(Parts.Value.Recognised, Parts.Value.Printed, null);
        var sure = Plain.Where(c => model.Probability(c.Features) >= FindingCheck.Top).Take(3).Select(c => c with { Features = Of(CappedCells.Disputed, c.Features), Right = true }).ToArray();
        var kept = new Ceilings(new CellCeiling(40, 30), new CellCeiling(50, 45));

        using var measured = new MemoryStream();
        var written = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, sure, kept, measured);
        using var keptFile = new MemoryStream();
        var keptWritten = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, Plain, kept, keptFile);
        using var none = new MemoryStream();
        var noneWritten = ConfidenceTrainer.CombineMeasured(Parts.Value.Recognised, Parts.Value.Printed, null, Plain, Ceilings.None, none);

        // The disputed measures' ceiling measured, the contested figures' kept: the cells hold none of them.
        Assert.Equal(new Ceilings(new CellCeiling(3, 3), new CellCeiling(50, 45)), written);
        Assert.Equal(written, ConfidenceModel.Read(measured.ToArray(), "measured").Ceilings);
        Assert.Equal(kept, keptWritten);
        Assert.Equal(kept, ConfidenceModel.Read(keptFile.ToArray(), "kept").Ceilings);
        Assert.Equal(Ceilings.None, noneWritten);
        Assert.Equal((null, null), (ConfidenceModel.Entries(none.ToArray())!.Disputed, ConfidenceModel.Entries(none.ToArray())!.Contested));
    }

    [Fact]
    public void The_trees_do_not_weigh_the_dispute_the_ceiling_does()
    {
        // Every wrong cell disputed: trees that weighed the feature would learn the sample from it alone.
        var disputed = Sample.Select(c => c.Right ? c : c with { Features = Of(CappedCells.Disputed, c.Features) }).ToArray();

        var trained = SampleCells.TrainSmall(disputed);

        Assert.Equal(SampleCells.TrainSmall(Sample), trained);
    }

    public static TheoryData<string, string> Broken()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in CappedCells.All)
        {
            foreach (var json in (string[])["not json", """{ "cells": 0, "right": 0 }""", """{ "cells": 5, "right": 6 }""", """{ "cells": 5, "right": -1 }""", "null"])
            {
                data.Add(kind.Entry, json);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_ceiling_that_is_not_one_is_an_error_that_names_the_file_and_the_entry(string entry, string json)
    {
        using var folder = new TempFolder();
        using var combined = new MemoryStream();
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, combined);
        using (var zip = new ZipArchive(combined, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var written = zip.CreateEntry(entry).Open();
            written.Write(System.Text.Encoding.UTF8.GetBytes(json));
        }

        var path = folder.Write("ceiling.zip", combined.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => ConfidenceModel.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_parts_and_ceilings_make_the_same_file_byte_for_byte()
    {
        var ceilings = new Ceilings(new CellCeiling(96, 93), new CellCeiling(103, 102));
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, first, ceilings: ceilings);
        ConfidenceTrainer.Combine(Parts.Value.Recognised, Parts.Value.Printed, second, ceilings: ceilings);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static CappedCells Kind(string entry) => CappedCells.All.Single(k => k.Entry == entry);

    private static Ceilings Only(CappedCells kind, CellCeiling ceiling) =>
        kind == CappedCells.Disputed ? new Ceilings(Disputed: ceiling) : new Ceilings(Contested: ceiling);

    private static ConfidenceModel Model(byte[] recognised, byte[] printed, Ceilings? ceilings)
    {
        using var output = new MemoryStream();
        ConfidenceTrainer.Combine(recognised, printed, output, ceilings: ceilings);
        return ConfidenceModel.Read(output.ToArray(), "model");
    }

    /// <summary>
    /// The features made those of a cell of the kind: a disputed measure (the <c>disputed</c> feature set), or a
    /// contested figure (an indicator's 分值, a number, with another reading of another value and a
    /// finding in its row).
    /// </summary>
    private static float[] Of(CappedCells kind, float[] features)
    {
        var copy = features.ToArray();
        if (kind == CappedCells.Disputed)
        {
            copy[CellFeatures.DisputedIndex] = 1;
        }
        else
        {
            copy[Index("kind")] = 0;
            copy[Index("field")] = 14;
            copy[Index("readings")] = Math.Max(1, copy[Index("readings")]);
            copy[Index("readingsOtherValue")] = Math.Max(1, copy[Index("readingsOtherValue")]);
            copy[Index("findingsNear")] = Math.Max(1, copy[Index("findingsNear")]);
            copy[CellFeatures.DisputedIndex] = 0;
        }

        return copy;
    }

    private static int Index(string name) => CellFeatures.Names.ToList().IndexOf(name);
}
