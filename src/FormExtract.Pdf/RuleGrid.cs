namespace FormExtract.Pdf;

/// <summary>
/// The grid that one connected set of rules draws: its distinct x and y edges (top-left origin), and how
/// much of any stretch of an edge is actually drawn, which tells merged cells from separate ones.
/// </summary>
internal sealed class RuleGrid
{
    private readonly IReadOnlyList<RulingLine> _horizontals;
    private readonly IReadOnlyList<RulingLine> _verticals;
    private readonly double _tolerance;

    public RuleGrid(IReadOnlyList<RulingLine> lines, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _tolerance = tolerance;
        _horizontals = lines.Where(l => l.Horizontal).ToArray();
        _verticals = lines.Where(l => !l.Horizontal).ToArray();

        // The outer frame counts even where a border is missing (a row cut by a page break has no top rule).
        Xs = Edges(_verticals.Select(l => l.Position).Append(_horizontals.Min(l => l.Start)).Append(_horizontals.Max(l => l.End)));
        Ys = Edges(_horizontals.Select(l => l.Position).Append(_verticals.Min(l => l.Start)).Append(_verticals.Max(l => l.End)));
    }

    public IReadOnlyList<double> Xs { get; }

    public IReadOnlyList<double> Ys { get; }

    /// <summary>Share (0..1) of the horizontal edge at y between x0 and x1 that is drawn.</summary>
    public double HorizontalCoverage(double y, double x0, double x1) => Coverage(_horizontals, y, x0, x1);

    /// <summary>Share (0..1) of the vertical edge at x between y0 and y1 that is drawn.</summary>
    public double VerticalCoverage(double x, double y0, double y1) => Coverage(_verticals, x, y0, y1);

    /// <summary>The index of the interval of edges that holds the value, or -1 outside the grid.</summary>
    public static int IntervalOf(IReadOnlyList<double> edges, double value)
    {
        if (value < edges[0] || value > edges[^1])
        {
            return -1;
        }

        for (var i = 1; i < edges.Count; i++)
        {
            if (value <= edges[i])
            {
                return i - 1;
            }
        }

        return edges.Count - 2;
    }

    private double Coverage(IReadOnlyList<RulingLine> lines, double position, double from, double to)
    {
        var length = to - from;
        if (length <= 0)
        {
            return 1;
        }

        var pieces = lines
            .Where(l => Math.Abs(l.Position - position) <= _tolerance && l.End > from && l.Start < to)
            .Select(l => (Start: Math.Max(l.Start, from), End: Math.Min(l.End, to)))
            .OrderBy(p => p.Start);
        double covered = 0;
        var reach = from;
        foreach (var (start, end) in pieces)
        {
            if (end > reach)
            {
                covered += end - Math.Max(start, reach);
                reach = end;
            }
        }

        return covered / length;
    }

    private List<double> Edges(IEnumerable<double> positions)
    {
        var edges = new List<double>();
        var band = new List<double>();
        foreach (var position in positions.Order())
        {
            if (band.Count > 0 && position - band[^1] > _tolerance)
            {
                edges.Add(band.Average());
                band.Clear();
            }

            band.Add(position);
        }

        if (band.Count > 0)
        {
            edges.Add(band.Average());
        }

        return edges;
    }
}
