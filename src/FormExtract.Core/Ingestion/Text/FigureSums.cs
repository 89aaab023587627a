namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Chooses, for rows that each may be read in several ways, the readings whose weights and scores add up to the
/// table's sums. A row takes a reading only where every choice that meets the sums gives it the same figures;
/// where no choice meets both sums (a form that misadds), the weights alone, then the scores alone are tried.
/// Where the sums leave a row more than one reading, the one its own relation supports (a result that meets its
/// target scores the full weight, one that falls short less) is taken if only one does.
/// </summary>
internal static class FigureSums
{
    private const int WeightColumn = 1;
    private const int ScoreColumn = 2;

    /// <summary>Each row's reading as the sums decide it; null where no choice meets them.</summary>
    public static FigureReading?[]? Choose(IReadOnlyList<IReadOnlyList<FigureReading>> options, decimal? weights, decimal? scores, Func<int, FigureReading, bool>? supported = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A row that printed no weight or score adds nothing to the sums.
        var counted = options.Where(o => o.Count > 0).ToArray();
        {
            foreach (var (w, s) in new[] { (weights, scores), (weights, null), (null, scores) })
            {
                if ((w is not null || s is not null) && Feasible(counted, w, s) is { } fits)
                {
                    var at = 0;
                    return options.Select((o, i) => o.Count > 0 ? Single(fits[at++], r => supported?.Invoke(i, r) ?? false) : null).ToArray();
                }
            }
        }

        return null;
    }

    /// <summary>The reading a row has when it has only one, or only one its own relations support.</summary>
    public static FigureReading? Single(IEnumerable<FigureReading> readings, Func<FigureReading, bool>? supported = null)
    {
        var distinct = readings.DistinctBy(r => string.Join('\u0001', r.Texts), StringComparer.Ordinal).ToArray();
        if (distinct.Length == 1)
        {
            return distinct[0];
        }

        var kept = supported is null ? [] : distinct.Where(supported).ToArray();
        return kept.Length == 1 ? kept[0] : null;
    }

    /// <summary>For each row, the readings that some choice meeting the sums gives it; null where no choice meets them.</summary>
    private static List<FigureReading>[]? Feasible(IReadOnlyList<FigureReading>[] options, decimal? weights, decimal? scores)
    {
        (decimal W, decimal S) Of(FigureReading r) => (weights is null ? 0 : r.In(WeightColumn) ?? 0, scores is null ? 0 : r.In(ScoreColumn) ?? 0);
        var target = (W: weights ?? 0, S: scores ?? 0);
        var n = options.Length;
        var backward = new HashSet<(decimal W, decimal S)>[n + 1];
        backward[n] = [(0, 0)];
        for (var i = n - 1; i >= 0; i--)
        {
            backward[i] = [];
            foreach (var (w, s) in backward[i + 1])
            {
                foreach (var option in options[i])
                {
                    var (ow, os) = Of(option);
                    if (w + ow <= target.W || weights is null)
                    {
                        backward[i].Add((w + ow, s + os));
                    }
                }
            }
        }

        if (!backward[0].Contains(target))
        {
            return null;
        }

        var chosen = new List<FigureReading>[n];
        var forward = new HashSet<(decimal W, decimal S)> { (0, 0) };
        for (var i = 0; i < n; i++)
        {
            var fits = new List<FigureReading>();
            var next = new HashSet<(decimal W, decimal S)>();
            foreach (var option in options[i])
            {
                var (ow, os) = Of(option);
                foreach (var (w, s) in forward)
                {
                    if (backward[i + 1].Contains((target.W - w - ow, target.S - s - os)))
                    {
                        fits.Add(option);
                        next.Add((w + ow, s + os));
                    }
                }
            }

            chosen[i] = fits;
            forward = next;
        }

        return chosen;
    }
}
