using FormExtract.Core.Layout;

namespace FormExtract.Pdf;

/// <summary>Groups ruling lines into tables: a horizontal and a vertical rule that cross or touch (within <c>reach</c>) are in one.</summary>
internal static class RuleComponents
{
    public static List<List<RulingLine>> Group(IReadOnlyList<RulingLine> lines, double reach)
    {
        var sets = new DisjointSets(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                var (a, b) = (lines[i], lines[j]);
                if (a.Horizontal == b.Horizontal)
                {
                    continue;
                }

                var (h, v) = a.Horizontal ? (a, b) : (b, a);
                if (v.Position >= h.Start - reach && v.Position <= h.End + reach && h.Position >= v.Start - reach && h.Position <= v.End + reach)
                {
                    sets.Union(i, j);
                }
            }
        }

        return Enumerable.Range(0, lines.Count).GroupBy(sets.Find).Select(g => g.Select(i => lines[i]).ToList()).ToList();
    }
}
