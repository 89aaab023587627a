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

    /// <summary>
    /// Where two recognisers read a figure and disagree, the reading not taken (also among <see cref="Readings"/>,
    /// first); null where they agreed or one alone read it. A reading another recogniser disputes is not a sure
    /// one, however confident the engine that won was.
    /// </summary>
    public string? Disputed { get; init; }

    public CellPlacement Placement { get; init; }

    /// <summary>The resolution of the image the text was recognised from, in dots per inch; null where it was not recognised from an image.</summary>
    public double? Dpi { get; init; }

    /// <summary>Whether that image came in black and white, one bit a pixel (a fax, a bilevel scanner's output).</summary>
    public bool Bilevel { get; init; }

    /// <summary>
    /// Whether the cell held ink that the recogniser read as nothing: its text is empty, but the cell is not blank,
    /// so it keeps its column in the row and is named in a warning.
    /// </summary>
    public bool Unread { get; init; }

    /// <summary>Evidence of a cell read in place, as printed: no recogniser, no guess.</summary>
    public static CellEvidence Direct { get; } = new();

    /// <summary>Whether the cell's text was recognised from an image (it has the recogniser's confidence).</summary>
    public bool Recognised => Engine is not null;

    /// <summary>This evidence with <paramref name="flag"/> added to its placement.</summary>
    public CellEvidence With(CellPlacement flag) => (Placement & flag) == flag ? this : this with { Placement = Placement | flag };

    /// <summary>The evidence of <paramref name="evidence"/> (printed and placed directly where null) with <paramref name="flag"/> added.</summary>
    public static CellEvidence With(CellEvidence? evidence, CellPlacement flag) => (evidence ?? Direct).With(flag);

    /// <summary>
    /// The evidence of a cell joined from <paramref name="first"/> and <paramref name="next"/>: the weaker confidences.
    /// A cell whose first piece was printed (a PDF's text layer) counts as printed, as its place and text are that piece's.
    /// </summary>
    public static CellEvidence Join(CellEvidence? first, CellEvidence? next)
    {
        // A piece with no evidence was taken as printed, in place.
        first ??= Direct;

        // A printed first piece keeps the joined cell printed: its place and text are that piece's.
        var printed = first.Engine is null;
        return new CellEvidence
        {
            Engine = printed ? null : Lower(first.Engine, next?.Engine),
            WeakestCharacter = printed ? null : Lower(first.WeakestCharacter, next?.WeakestCharacter),
            // A reading of one piece is not a reading of the joined text.
            Readings = [],
            Disputed = null,
            Placement = first.Placement | (next?.Placement ?? CellPlacement.Direct) | CellPlacement.Joined,
            Dpi = printed ? null : Lower(first.Dpi, next?.Dpi),
            Bilevel = !printed && (first.Bilevel || next?.Bilevel is true),
        };
    }

    private static double? Lower(double? a, double? b) => (a, b) switch
    {
        ({ } x, { } y) => Math.Min(x, y),
        (var x, var y) => x ?? y,
    };
}
