namespace FormExtract.Core.Model;

/// <summary>
/// What a reader learnt while reading one cell, kept with the cell so that later stages (the reading
/// reconciler, the confidence model, the review) take it from the cell itself, not from tables keyed by place.
/// </summary>
public sealed record CellEvidence
{
    /// <summary>The recogniser's mean confidence over the cell's text, 0..1; null where the text was not recognised from an image.</summary>
    public double? Engine { get; init; }

    /// <summary>The lowest confidence of any one character of the reading; null where characters were not scored.</summary>
    public double? WeakestCharacter { get; init; }

    /// <summary>Other readings the recogniser found plausible for the cell, most likely first.</summary>
    public IReadOnlyList<string> Readings { get; init; } = [];

    public CellPlacement Placement { get; init; }

    /// <summary>
    /// The evidence of a cell joined from <paramref name="first"/> and <paramref name="next"/>: the weaker confidences.
    /// A cell whose first piece was printed (a PDF's text layer) counts as printed, as its place and text are that piece's.
    /// </summary>
    public static CellEvidence? Join(CellEvidence? first, CellEvidence? next)
    {
        if (first is null)
        {
            return null;
        }

        return new CellEvidence
        {
            Engine = Lower(first?.Engine, next?.Engine),
            WeakestCharacter = Lower(first?.WeakestCharacter, next?.WeakestCharacter),
            // A reading of one piece is not a reading of the joined text.
            Readings = [],
            Placement = (first?.Placement ?? CellPlacement.Direct) | (next?.Placement ?? CellPlacement.Direct) | CellPlacement.Joined,
        };
    }

    private static double? Lower(double? a, double? b) => (a, b) switch
    {
        ({ } x, { } y) => Math.Min(x, y),
        (var x, var y) => x ?? y,
    };
}
