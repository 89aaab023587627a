namespace FormExtract.Core.Model;

/// <summary>
/// How many of the cells a recogniser read fall below the review threshold (v1.4): the cells an archivist
/// should check by hand, counted per form and per document. Absent where no cell was recognised from an image.
/// </summary>
public sealed record ReviewSummary
{
    /// <summary>The confidence below which a cell is to be checked by hand.</summary>
    public required double Threshold { get; init; }

    /// <summary>Cells read by the recogniser, each with a confidence.</summary>
    public required int Cells { get; init; }

    /// <summary>Those of them whose confidence is below <see cref="Threshold"/>.</summary>
    public required int Below { get; init; }

    public static ReviewSummary Sum(double threshold, IEnumerable<ReviewSummary> parts) =>
        parts.Aggregate(new ReviewSummary { Threshold = threshold, Cells = 0, Below = 0 }, (a, b) => a with { Cells = a.Cells + b.Cells, Below = a.Below + b.Below });
}
