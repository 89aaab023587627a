using System.Globalization;
using System.Text;

namespace FormExtract.Ml;

/// <summary>
/// How far a confidence can be trusted, measured on cells whose truth is known: per band, the share of cells
/// read right against the band; how often a cell at 0.99 or above is wrong; and what share of all wrong cells
/// the lowest-confidence 3% of cells hold (the cells an archivist would check by hand), the most they could hold
/// (all of them, where the wrong cells are more than 3% of the cells), and how large a share of the lowest cells
/// must be checked to catch 85% of the wrong ones.
/// </summary>
public sealed record ReliabilityReport(string Name, IReadOnlyList<ReliabilityBand> Bands, int Cells, int Wrong, int WrongAtTop, int TopCells, double CaughtByLowest)
{
    public static readonly (double Low, double High)[] BandLimits = [(0, 0.5), (0.5, 0.9), (0.9, 0.99), (0.99, 1.0000001)];

    /// <summary>The share of cells sent to review in <see cref="CaughtByLowest"/>.</summary>
    public const double ReviewShare = 0.03;

    /// <summary>The share of the wrong cells that <see cref="ShareToCatch"/> is the review needed to catch.</summary>
    public const double CatchTarget = 0.85;

    /// <summary>The most <see cref="CaughtByLowest"/> could be: all the wrong cells, or as many as the review holds.</summary>
    public double CaughtAtMost => Wrong == 0 ? 1 : Math.Min(1, Reviewed(Cells) / (double)Wrong);

    /// <summary>
    /// The smallest share of the cells, lowest confidence first, that holds <see cref="CatchTarget"/> of the wrong
    /// cells: on pages read so badly that 3% cannot hold them, what a review must take on instead.
    /// </summary>
    public double ShareToCatch { get; init; }

    public static ReliabilityReport Of(string name, IReadOnlyList<(double Confidence, bool Right)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var bands = BandLimits.Select(b =>
        {
            var inside = cells.Where(c => c.Confidence >= b.Low && c.Confidence < b.High).ToArray();
            return new ReliabilityBand(b.Low, Math.Min(1, b.High), inside.Length, inside.Count(c => c.Right), inside.Length == 0 ? 0 : inside.Average(c => c.Confidence));
        }).ToArray();
        var wrong = cells.Count(c => !c.Right);
        var top = cells.Where(c => c.Confidence >= 0.99).ToArray();
        // Whether each cell is right, lowest confidence first; ties broken by order so that a share is exact.
        var ranked = cells.Select((c, i) => (c, i)).OrderBy(x => x.c.Confidence).ThenBy(x => x.i).Select(x => x.c.Right).ToArray();
        var caught = wrong == 0 ? 1 : ranked.Take(Reviewed(cells.Count)).Count(right => !right) / (double)wrong;
        return new ReliabilityReport(name, bands, cells.Count, wrong, top.Count(c => !c.Right), top.Length, caught)
        {
            ShareToCatch = ShareToCatchOf(ranked, wrong),
        };
    }

    /// <summary>How many of <paramref name="cells"/> the review of the lowest 3% takes (a part cell counts whole).</summary>
    private static int Reviewed(int cells) => (int)Math.Ceiling(cells * ReviewShare);

    private static double ShareToCatchOf(bool[] ranked, int wrong)
    {
        var needed = (int)Math.Ceiling(wrong * CatchTarget);
        var seen = 0;
        for (var taken = 0; taken < ranked.Length && seen < needed; taken++)
        {
            seen += ranked[taken] ? 0 : 1;
            if (seen == needed)
            {
                return (taken + 1) / (double)ranked.Length;
            }
        }

        // No wrong cells: nothing needs checking.
        return 0;
    }

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{Name}: {Cells:N0} cells, {Wrong:N0} wrong");
        text.AppendLine();
        text.AppendLine("| band | cells | right | share right | 95% interval | mean confidence |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var band in Bands)
        {
            var (low, high) = band.Interval;
            var interval = band.Cells == 0 ? "–" : string.Create(c, $"{low:P2}–{high:P2}");
            text.AppendLine(c, $"| {band.Low:0.00}–{band.High:0.00} | {band.Cells:N0} | {band.Right:N0} | {(band.Cells == 0 ? "–" : band.ShareRight.ToString("P2", c))} | {interval} | {(band.Cells == 0 ? "–" : band.MeanConfidence.ToString("0.0000", c))} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"- at ≥ 0.99: {WrongAtTop:N0} wrong of {TopCells:N0} ({(TopCells == 0 ? 0 : WrongAtTop * 1000.0 / TopCells):0.00} per 1,000)");
        text.AppendLine(c, $"- the lowest {ReviewShare:P0} of cells hold {CaughtByLowest:P2} of the wrong cells (at most {CaughtAtMost:P2} could)");
        text.AppendLine(c, $"- catching {CatchTarget:P0} of the wrong cells takes the lowest {ShareToCatch:P2} of cells");
        return text.ToString();
    }
}

/// <summary>The cells whose confidence lies in [Low, High), how many of them are right, and their mean confidence.</summary>
public sealed record ReliabilityBand(double Low, double High, int Cells, int Right, double MeanConfidence)
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    private const double Z = 1.959963984540054;

    public double ShareRight => Cells == 0 ? 0 : Right / (double)Cells;

    /// <summary>
    /// The 95% Wilson score interval of <see cref="ShareRight"/> ((0, 1) for an empty band): the shares of right cells
    /// that would often give a sample like this one. A band of a hundred cells is a few points wide, so a band whose
    /// mean confidence lies inside it may miss its share by chance alone; one outside it is off.
    /// </summary>
    public (double Low, double High) Interval
    {
        get
        {
            if (Cells == 0)
            {
                return (0, 1);
            }

            var n = (double)Cells;
            var p = ShareRight;
            var z2 = Z * Z;
            var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
            var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }
}
