
using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// Fills in the indicator table: rows per 二级指标, weights that split 90 points as 50/30/10, and scores
/// that follow the indicator-score rule, with a deviation reason wherever a row loses points.
/// </summary>
internal static class IndicatorFactory
{
    private const double ShortfallChance = 0.15;
    private const double EmptyActualChance = 0.03;

    public static IReadOnlyList<IndicatorDraft> Create(Random random, Theme theme) => Create(random, theme, LayoutProfile.National);

    public static IReadOnlyList<IndicatorDraft> Create(Random random, Theme theme, LayoutProfile profile)
    {
        var output = PickSubCategories(random,
            [IndicatorCatalog.Quantity], [(IndicatorCatalog.Quality, 0.7), (IndicatorCatalog.Timeliness, 0.7), (IndicatorCatalog.Cost, 0.2)]);
        var benefit = PickSubCategories(random,
            [IndicatorCatalog.Social], [(IndicatorCatalog.Sustainable, 0.7), (IndicatorCatalog.Economic, 0.2), (IndicatorCatalog.Ecological, 0.15)]);
        var rows = new List<IndicatorDraft>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var weights = profile.GroupWeights;
        if (profile.EvenWeights)
        {
            // Even splits (12.5 × 4) need a row count that divides the group's points to the cent.
            rows.AddRange(Group(random, theme, output, EvenCount(random, weights[0], Math.Max(2, output.Length)), weights[0], names, even: true));
            rows.AddRange(Group(random, theme, benefit, EvenCount(random, weights[1], Math.Max(2, benefit.Length)), weights[1], names, even: true));
            rows.AddRange(Group(random, theme, [IndicatorCatalog.Satisfaction], EvenCount(random, weights[2], 1), weights[2], names, even: true));
        }
        else
        {
            rows.AddRange(Group(random, theme, output, random.Next(Math.Max(3, output.Length), 10), weights[0], names));
            rows.AddRange(Group(random, theme, benefit, random.Next(Math.Max(2, benefit.Length), 6), weights[1], names));
            rows.AddRange(Group(random, theme, [IndicatorCatalog.Satisfaction], random.Chance(0.8) ? 1 : 2, weights[2], names));
        }

        return profile.SubRowChance > 0 || profile.CoreStarChance > 0 ? SubRows.Add(random, rows, profile) : rows;
    }

    private static int EvenCount(Random random, decimal points, int least)
    {
        var counts = Enumerable.Range(least, 6).Where(n => points * 100m / n == decimal.Truncate(points * 100m / n) && points / n >= 2m).ToArray();
        return counts.Length == 0 ? least : random.Pick(counts);
    }

    /// <summary>A row drawn afresh with the given outcome, keeping its place, categories and weight.</summary>
    public static IndicatorDraft Redraw(Random random, IndicatorDraft row, IndicatorPattern pattern, bool met, Theme theme)
    {
        var (target, actual) = MeasureFactory.Draw(random, pattern, met);
        var score = Score(random, row.Weight.Value, target, actual, met);
        var reason = score < row.Weight.Value ? Reason(random, theme) : string.Empty;
        return row with { Pattern = pattern, Target = target, Actual = actual, Score = Figures.Trimmed(score), Reason = reason };
    }

    public static string Reason(Random random, Theme theme) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(ContentVocabulary.DeviationReasons), random.Pick(theme.Activities));

    private static string[] PickSubCategories(Random random, string[] always, (string Sub, double Chance)[] optional) =>
        [.. always, .. optional.Where(o => random.Chance(o.Chance)).Select(o => o.Sub)];

    private static IEnumerable<IndicatorDraft> Group(
        Random random, Theme theme, string[] subCategories, int rowCount, decimal groupWeight, HashSet<string> names, bool even = false)
    {
        var level1 = IndicatorCatalog.GroupOf(subCategories[0]);
        var perSub = new int[subCategories.Length];
        for (var i = 0; i < rowCount; i++)
        {
            perSub[i < perSub.Length ? i : random.Next(perSub.Length)]++;
        }

        var weights = even ? Enumerable.Repeat(groupWeight / rowCount, rowCount).ToArray() : SplitWeight(random, groupWeight, rowCount);
        var index = 0;
        for (var s = 0; s < subCategories.Length; s++)
        {
            var patterns = IndicatorCatalog.For(subCategories[s]);
            for (var r = 0; r < perSub[s]; r++)
            {
                var (pattern, name) = UniqueName(random, theme, patterns, names);
                var row = new IndicatorDraft(level1, subCategories[s], name, pattern, null, null,
                    Figures.Trimmed(weights[index++]), Figures.Trimmed(0m), string.Empty);
                row = Redraw(random, row, pattern, met: !random.Chance(ShortfallChance), theme);
                if (random.Chance(EmptyActualChance))
                {
                    // Some forms leave 实际完成值 blank; the rule cannot judge such a row, and it keeps its points.
                    row = row with { Actual = null, Score = row.Weight, Reason = string.Empty };
                }

                yield return row;
            }
        }
    }

    private static (IndicatorPattern, string) UniqueName(Random random, Theme theme, IReadOnlyList<IndicatorPattern> patterns, HashSet<string> names)
    {
        for (var attempt = 0; ; attempt++)
        {
            var pattern = random.Pick(patterns);
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern.Name,
                random.Pick(theme.Activities), random.Pick(theme.Beneficiaries));
            if (names.Add(name) || attempt > 50)
            {
                return (pattern, name);
            }
        }
    }

    private static decimal Score(Random random, decimal weight, PrintedMeasure target, PrintedMeasure actual, bool met)
    {
        if (Scoring.IndicatorScore(target.Value, actual.Value, weight) is { } computed)
        {
            return computed;
        }

        // Qualitative rows: the evaluator's judgement, some share of the weight.
        return met ? weight : Scoring.Round2(weight * random.Pick([0.5m, 0.6m, 0.7m, 0.8m]));
    }

    /// <summary>Integer weights of at least 2 that add up to the group's weight, unevenly as forms do.</summary>
    private static decimal[] SplitWeight(Random random, decimal total, int count)
    {
        var shares = Enumerable.Range(0, count).Select(_ => random.Next(1, 5)).ToArray();
        var spare = (int)total - 2 * count;
        var weights = shares.Select(s => 2 + spare * s / shares.Sum()).ToArray();
        for (var left = (int)total - weights.Sum(); left > 0; left--)
        {
            weights[random.Next(count)]++;
        }

        return weights.Select(w => (decimal)w).ToArray();
    }
}
