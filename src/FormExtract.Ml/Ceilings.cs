namespace FormExtract.Ml;

/// <summary>The ceilings a model file holds, one for each kind of capped cells it has measured (<see cref="CappedCells"/>).</summary>
/// <param name="Disputed">The disputed measures' ceiling, if any.</param>
/// <param name="Contested">The contested indicator figures' ceiling, if any.</param>
public sealed record Ceilings(CellCeiling? Disputed = null, CellCeiling? Contested = null)
{
    /// <summary>No ceiling: every cell keeps its parts' probability.</summary>
    public static Ceilings None { get; } = new();

    /// <summary>The ceiling of one kind, if the file holds it.</summary>
    public CellCeiling? Of(CappedCells kind) =>
        kind == CappedCells.Disputed ? Disputed
        : kind == CappedCells.Contested ? Contested
        : throw new ArgumentException($"no ceiling is kept for {kind}", nameof(kind));

    /// <summary>Each ceiling held, with its kind, in the kinds' order.</summary>
    public IEnumerable<(CappedCells Kind, CellCeiling Ceiling)> Held
    {
        get
        {
            foreach (var kind in CappedCells.All)
            {
                if (Of(kind) is { } ceiling)
                {
                    yield return (kind, ceiling);
                }
            }
        }
    }

    /// <summary>A cell's probability, no more than the ceiling of its kind where it is of one the file holds.</summary>
    public double Cap(ReadOnlySpan<float> features, double probability)
    {
        if (Disputed is { } disputed && CappedCells.Disputed.Holds(features))
        {
            probability = Math.Min(probability, disputed.Ceiling);
        }

        if (Contested is { } contested && CappedCells.Contested.Holds(features))
        {
            probability = Math.Min(probability, contested.Ceiling);
        }

        return probability;
    }

    /// <summary>These ceilings, each kind they lack taken from <paramref name="kept"/>.</summary>
    public Ceilings Or(Ceilings kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return new(Disputed ?? kept.Disputed, Contested ?? kept.Contested);
    }

    /// <summary>Every kind's ceiling measured on training cells scored by a model without ceilings (<see cref="CellCeiling.Measure"/>).</summary>
    public static Ceilings Measure(ConfidenceModel model, IReadOnlyCollection<LabelledCell> cells) =>
        new(CellCeiling.Measure(model, cells, CappedCells.Disputed), CellCeiling.Measure(model, cells, CappedCells.Contested));
}
