namespace FormExtract.Synthetic.Generation;

/// <summary>Draws from the one seeded <see cref="Random"/> that a generation run passes around.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A decimal in [min, max] with the given number of decimals.</summary>
    public static decimal Between(this Random random, decimal min, decimal max, int decimals)
    {
        var steps = (long)((max - min) * Pow10(decimals));
        var step = random.NextInt64(0, steps + 1);
        return min + step / Pow10(decimals);
    }

    /// <summary>Up to <paramref name="count"/> distinct items in a random order.</summary>
    public static IReadOnlyList<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(Math.Min(count, copy.Length)).ToArray();
    }

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
