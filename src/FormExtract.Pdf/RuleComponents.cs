using FormExtract.Core.Layout;

namespace FormExtract.Pdf;

/// <summary>
/// Groups ruling lines into tables: a horizontal and a vertical rule that cross or touch (within <c>reach</c>) are
/// in one. A vertical rule that touches nothing but runs from the top to the bottom of a table, as tall as it
/// within twice <c>reach</c>, is that table's too: it is the side of a merged cell cut by the page breaks above
/// and below it (a category running over a whole page), which has no rule across it on the page.
/// </summary>
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

        var components = Enumerable.Range(0, lines.Count).GroupBy(sets.Find).Select(g => g.Select(i => lines[i]).ToList()).ToList();
        return WithLoneSides(components, 2 * reach);
    }

    private static List<List<RulingLine>> WithLoneSides(List<List<RulingLine>> components, double reach)
    {
        var tables = components.Where(c => c.Any(l => l.Horizontal) && c.Count(l => !l.Horizontal) >= 2).ToList();
        var result = new List<List<RulingLine>>();
        foreach (var component in components)
        {
            var home = component is [{ Horizontal: false } lone] ? tables.FirstOrDefault(t => Spans(t, lone, reach)) : null;
            if (home is null)
            {
                result.Add(component);
            }
            else
            {
                home.Add(component[0]);
            }
        }

        return result;
    }

    /// <summary>Whether the vertical rule runs as tall as the table, top and bottom, and within its width again on either side.</summary>
    private static bool Spans(List<RulingLine> table, RulingLine vertical, double reach)
    {
        var top = table.Min(l => l.Horizontal ? l.Position : l.Start);
        var bottom = table.Max(l => l.Horizontal ? l.Position : l.End);
        var left = table.Min(l => l.Horizontal ? l.Start : l.Position);
        var right = table.Max(l => l.Horizontal ? l.End : l.Position);
        return Math.Abs(vertical.Start - top) <= reach && Math.Abs(vertical.End - bottom) <= reach
            && vertical.Position >= left - (right - left) && vertical.Position <= right + (right - left);
    }
}
