using FormExtract.Core.Confidence;

namespace FormExtract.Ml.Tests;

/// <summary>Leaving each group of training cells out in turn: every cell is scored once, by a model that never saw it.</summary>
public sealed class LeaveOneOutTests
{
    private static readonly IReadOnlyList<LabelledCell> Sample = SampleCells.Read;

    private static readonly ConfidenceTrainer Small = new(trees: 20, leaves: 8, minimumPerLeaf: 5);

    // Cells of one scan stay together, as a seed's do: the first files against the rest.
    private static IReadOnlyList<IReadOnlyList<LabelledCell>> Groups()
    {
        var files = Sample.Select(c => c.File).Distinct().ToArray();
        var first = files.Take(files.Length / 2).ToHashSet();
        return [[.. Sample.Where(c => first.Contains(c.File))], [.. Sample.Where(c => !first.Contains(c.File))]];
    }

    [Fact]
    public void Every_cell_is_scored_once_by_a_model_of_the_other_group_and_wrong_cells_score_lower()
    {
        var groups = Groups();

        var scores = LeaveOneOut.Scores(groups, Small);

        Assert.Equal(groups.Select(g => g.Count), scores.Select(s => s.Length));
        var scored = groups.SelectMany(g => g).Zip(scores.SelectMany(s => s)).ToArray();
        Assert.All(scored, x => Assert.InRange(x.Second, 0, 1));
        var right = scored.Where(x => x.First.Right).Average(x => x.Second);
        var wrong = scored.Where(x => !x.First.Right).Average(x => x.Second);
        Assert.True(wrong < right - 0.2, $"wrong cells average {wrong:0.000}, right ones {right:0.000}");
        // The same cells give the same scores.
        Assert.Equal(scores, LeaveOneOut.Scores(groups, Small));
    }

    [Fact]
    public void Features_left_out_are_not_weighed_and_with_none_left_every_cell_of_a_group_scores_alike()
    {
        var groups = Groups();
        var every = Enumerable.Range(0, CellFeatures.Count).ToArray();

        var scores = LeaveOneOut.Scores(groups, Small, every);

        Assert.All(scores, group => Assert.Single(group.Distinct()));
        // Leaving out a feature no cell of the sample varies in changes nothing.
        var categorised = CellFeatures.Names.ToList().IndexOf("categorised");
        Assert.All(Sample, c => Assert.Equal(0, c.Features[categorised]));
        Assert.Equal(LeaveOneOut.Scores(groups, Small), LeaveOneOut.Scores(groups, Small, [categorised]));
    }

    [Fact]
    public void One_group_is_not_enough() =>
        Assert.Throws<ArgumentException>(() => LeaveOneOut.Scores([Sample], Small));
}
