namespace FormExtract.Ml;

/// <summary>
/// Each group of cells (a seed's) scored by a model trained on the other groups: how a change to the features or
/// the training does on cells none of the models it is weighed by has seen, judged on training cells alone so that
/// the held-out seeds stay unseen until the change is made. Features named in <c>without</c> are held at 0 in every
/// cell, which is training without them: a tree cannot split on a constant.
/// </summary>
public static class LeaveOneOut
{
    /// <summary>The probability that each cell is right, group by group, cell by cell, in the order given.</summary>
    public static IReadOnlyList<double[]> Scores(IReadOnlyList<IReadOnlyList<LabelledCell>> groups, ConfidenceTrainer trainer, IReadOnlyCollection<int>? without = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(trainer);
        if (groups.Count < 2)
        {
            throw new ArgumentException("Leaving one group out needs two groups at least.", nameof(groups));
        }

        var held = without is { Count: > 0 } ? groups.Select(g => (IReadOnlyList<LabelledCell>)[.. g.Select(c => c.HeldAtZero(without))]).ToArray() : groups;
        var scores = new double[held.Count][];
        var file = Path.Combine(Path.GetTempPath(), $"formextract-leave-one-out-{Guid.NewGuid():N}.zip");
        try
        {
            for (var i = 0; i < held.Count; i++)
            {
                using (var stream = File.Create(file))
                {
                    trainer.Train([.. held.Where((_, j) => j != i).SelectMany(g => g)], stream);
                }

                var probabilities = ConfidenceModel.Load(file).Probabilities([.. held[i].Select(c => c.Features)]);
                scores[i] = [.. probabilities];
            }
        }
        finally
        {
            File.Delete(file);
        }

        return scores;
    }
}
