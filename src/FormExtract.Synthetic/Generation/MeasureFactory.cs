using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Generation;

/// <summary>Draws 年度指标值 and 实际完成值 pairs of each <see cref="MeasureKind"/>, met or missed.</summary>
internal static class MeasureFactory
{
    private static readonly string[] CountUnits = ["次", "个", "场", "户", "件"];

    public static PrintedMeasure Of(string? comparator, decimal number, string? unit, string? printedNumber = null) =>
        new((comparator ?? string.Empty) + (printedNumber ?? Figures.Number(number)) + (unit ?? string.Empty),
            new Measure(comparator, Canonical(number), unit, null));

    public static PrintedMeasure Word(string word) => new(word, Measure.OfWord(word));

    /// <summary>A target with an actual that meets it (<paramref name="met"/>) or falls short of it.</summary>
    public static (PrintedMeasure Target, PrintedMeasure Actual) Draw(Random random, IndicatorPattern pattern, bool met) => pattern.Kind switch
    {
        MeasureKind.PlanRate => PlanRate(random, met),
        MeasureKind.MinimumRate => MinimumRate(random, met),
        MeasureKind.Count => Count(random, met),
        MeasureKind.LargeCount => LargeCount(random, met),
        MeasureKind.Zero => Zero(random, met),
        MeasureKind.CostCap => CostCap(random, met),
        _ => (Word(pattern.Words[0]), Word(met ? pattern.Words[0] : random.Pick(pattern.Words.Skip(1).ToArray()))),
    };

    private static (PrintedMeasure, PrintedMeasure) PlanRate(Random random, bool met)
    {
        var target = Of("=", 100m, "%");
        if (met)
        {
            return (target, random.Chance(0.5) ? Of(null, 100m, "%") : Of("=", 100m, "%"));
        }

        var actual = random.Chance(0.5) ? random.Between(30m, 95m, 0) : random.Between(30m, 99m, 2);
        return (target, Of(null, actual, "%"));
    }

    private static (PrintedMeasure, PrintedMeasure) MinimumRate(Random random, bool met)
    {
        var floor = random.Pick([80m, 85m, 90m, 95m]);
        var target = Of(">=", floor, "%");
        if (!met)
        {
            return (target, Of(null, random.Between(floor - 20m, floor - 1m, 0), "%"));
        }

        return random.Next(4) switch
        {
            0 => (target, target),
            1 => (target, Of(null, random.Between(floor, 100m, 0), null)),
            _ => (target, Of(null, random.Between(floor, 100m, random.Chance(0.3) ? 1 : 0), "%")),
        };
    }

    private static (PrintedMeasure, PrintedMeasure) Count(Random random, bool met)
    {
        var unit = random.Pick(CountUnits);
        var planned = (decimal)random.Next(2, 60);
        var target = Of(random.Chance(0.5) ? "=" : ">=", planned, unit);
        var done = met ? planned + random.Next(0, (int)planned / 2 + 1) : random.Next(1, (int)planned);
        return (target, Of(null, done, random.Chance(0.7) ? unit : null));
    }

    private static (PrintedMeasure, PrintedMeasure) LargeCount(Random random, bool met)
    {
        var planned = random.Pick([1000m, 2000m, 3000m, 5000m, 10000m]);
        var target = Of(">=", planned, "人次");
        if (!met)
        {
            return (target, Of(null, Math.Round(planned * random.Between(0.5m, 0.95m, 2)), "人次"));
        }

        // Large outcomes are often written in 万: 5.2万人次 is 52000.
        var wan = random.Between(Math.Max(planned / 10000m, 0.5m), 8m, 1);
        var done = wan * 10000m;
        return done >= planned && random.Chance(0.6)
            ? (target, Of(null, done, "人次", Figures.Number(wan) + "万"))
            : (target, Of(null, planned + random.Next(0, 2000), "人次"));
    }

    private static (PrintedMeasure, PrintedMeasure) Zero(Random random, bool met)
    {
        var target = Of("=", 0m, "次");
        var count = met ? 0m : random.Next(1, 3);
        return (target, random.Chance(0.5) ? Of(null, count, "次") : Of(random.Chance(0.3) ? "=" : null, count, random.Chance(0.5) ? "次" : null));
    }

    private static (PrintedMeasure, PrintedMeasure) CostCap(Random random, bool met)
    {
        var cap = random.Pick([5m, 10m, 20m, 50m]);
        var target = Of("<=", cap, "万元");
        var spent = met ? random.Between(cap * 0.6m, cap, 1) : random.Between(cap * 1.05m, cap * 1.3m, 1);
        return (target, Of(null, spent, "万元"));
    }

    private static decimal Canonical(decimal value) => Core.Normalization.NumberParser.Canonical(value);
}
