using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The 绩效目标自评表 of 衔接 funds marks its core indicators with ★ and details a count by 其中 rows beneath it
/// (★补助家畜家禽养殖数量 192只, 其中羊养殖数量 180只, 其中猪养殖数量 12头): the parts add up to the row above and carry
/// neither 分值 nor 得分.
/// </summary>
internal static class SubRows
{
    public const string Star = "★";
    public const string Prefix = "其中";

    private static readonly string[] Parts = ["城区", "乡镇", "农村", "社区", "第一批", "第二批", "重点对象", "新增"];

    public static IReadOnlyList<IndicatorDraft> Add(Random random, IReadOnlyList<IndicatorDraft> rows, LayoutProfile profile)
    {
        var result = new List<IndicatorDraft>(rows.Count + 4);
        foreach (var row in rows)
        {
            var starred = random.Chance(profile.CoreStarChance) ? row with { Name = Star + row.Name } : row;
            result.Add(starred);
            if (row.Pattern.Kind == MeasureKind.Count && row.Target?.Value.Number is { } planned && row.Actual?.Value.Number is { } done
                && planned >= 4m && done >= 4m && random.Chance(profile.SubRowChance))
            {
                result.AddRange(Details(random, row, planned, done));
            }
        }

        return result;
    }

    private static IEnumerable<IndicatorDraft> Details(Random random, IndicatorDraft row, decimal planned, decimal done)
    {
        var count = random.Next(2, 4);
        var names = random.Sample(Parts, count);
        var plannedParts = Split(random, (int)planned, count);
        var doneParts = Split(random, (int)done, count);
        var unit = row.Target!.Value.Unit;
        var actualUnit = row.Actual!.Value.Unit;
        var noun = row.Name.Replace("开展", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < count; i++)
        {
            yield return row with
            {
                Name = Prefix + names[i] + noun,
                Target = MeasureFactory.Of(null, plannedParts[i], unit),
                Actual = MeasureFactory.Of(null, doneParts[i], actualUnit),
                Weight = Figures.Trimmed(0m),
                Score = Figures.Trimmed(0m),
                Reason = string.Empty,
                IsSubRow = true,
            };
        }
    }

    /// <summary>Positive integers that add up to <paramref name="total"/>.</summary>
    private static decimal[] Split(Random random, int total, int count)
    {
        var cuts = random.Sample(Enumerable.Range(1, total - 1).ToArray(), count - 1).Order().ToArray();
        var parts = new decimal[count];
        var previous = 0;
        for (var i = 0; i < count - 1; i++)
        {
            parts[i] = cuts[i] - previous;
            previous = cuts[i];
        }

        parts[count - 1] = total - previous;
        return parts;
    }
}
