using FormExtract.Core.Layout;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Finds a page's ruling lines in its binarised image: runs of ink longer than any letter stroke (the
/// morphological opening with a long thin element, done as run lengths), small breaks bridged, runs on
/// neighbouring rows joined into one rule. A rule must meet a rule of the other direction (a long stroke of
/// text or an underline does not), or be a table's side cut by page breaks (<see cref="RunsAlong"/>).
/// </summary>
internal sealed class RuleDetector
{
    private readonly OcrOptions _options;

    public RuleDetector(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<RulingLine> Detect(BinaryImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        var gap = Math.Max(2, (int)(_options.RuleGapInches * dpi));
        var minimum = Math.Max(10, (int)(_options.MinRuleInches * dpi));
        var horizontals = Join(Runs(image, horizontal: true, minimum, gap), gap, horizontal: true);
        var verticals = Join(Runs(image, horizontal: false, minimum, gap), gap, horizontal: false);
        var reach = Math.Max(3, _options.SnapInches * dpi * 2);
        var kept = horizontals.Where(h => verticals.Any(v => Meet(h, v, reach))).ToList();
        var sides = verticals.Where(v => horizontals.Any(h => Meet(h, v, reach))).ToList();
        kept.AddRange(sides);
        kept.AddRange(verticals.Where(v => !sides.Contains(v) && RunsAlong(v, sides, dpi, reach)));
        return kept;
    }

    /// <summary>
    /// A vertical rule that meets no horizontal one is still a rule when it is long and runs from the top to the
    /// bottom of one that does: the side of a merged cell cut by the page breaks above and below it (a category
    /// running over a whole page), which has no rule across it on that page. <see cref="RuleComponents"/> puts
    /// it in its table; no stroke of text is an inch tall.
    /// </summary>
    private static bool RunsAlong(RulingLine vertical, List<RulingLine> sides, double dpi, double reach) =>
        vertical.Length >= dpi
        && sides.Any(s => Math.Abs(s.Start - vertical.Start) <= 1.5 * reach && Math.Abs(s.End - vertical.End) <= 1.5 * reach);

    private static bool Meet(RulingLine h, RulingLine v, double reach) =>
        v.Position >= h.Start - reach && v.Position <= h.End + reach && h.Position >= v.Start - reach && h.Position <= v.End + reach;

    /// <summary>Runs of ink at least <paramref name="minimum"/> long along rows (or columns), breaks up to <paramref name="gap"/> bridged.</summary>
    private static List<(int Line, int Start, int End)> Runs(BinaryImage image, bool horizontal, int minimum, int gap)
    {
        var runs = new List<(int, int, int)>();
        var (lines, length) = horizontal ? (image.Height, image.Width) : (image.Width, image.Height);
        for (var line = 0; line < lines; line++)
        {
            int start = -1, lastInk = -1;
            for (var i = 0; i < length; i++)
            {
                if (!(horizontal ? image.IsInk(i, line) : image.IsInk(line, i)))
                {
                    continue;
                }

                if (start >= 0 && i - lastInk - 1 > gap)
                {
                    if (lastInk + 1 - start >= minimum)
                    {
                        runs.Add((line, start, lastInk + 1));
                    }

                    start = i;
                }
                else if (start < 0)
                {
                    start = i;
                }

                lastInk = i;
            }

            if (start >= 0 && lastInk + 1 - start >= minimum)
            {
                runs.Add((line, start, lastInk + 1));
            }
        }

        return runs;
    }

    /// <summary>Runs on rows at most a gap apart that overlap along their length are one rule (its thickness, or a slight residual tilt).</summary>
    private static List<RulingLine> Join(List<(int Line, int Start, int End)> runs, int gap, bool horizontal)
    {
        var sets = new DisjointSets(runs.Count);
        var byLine = runs.Select((r, i) => (Run: r, Index: i)).GroupBy(r => r.Run.Line).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var (run, index) in byLine.Values.SelectMany(v => v))
        {
            for (var next = run.Line + 1; next <= run.Line + gap; next++)
            {
                if (!byLine.TryGetValue(next, out var others))
                {
                    continue;
                }

                foreach (var (other, otherIndex) in others)
                {
                    if (other.Start < run.End + gap && run.Start < other.End + gap)
                    {
                        sets.Union(index, otherIndex);
                    }
                }
            }
        }

        var lines = new List<RulingLine>();
        foreach (var group in Enumerable.Range(0, runs.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => runs[i]).ToArray();
            var start = members.Min(r => r.Start);
            var end = members.Max(r => r.End);
            // Weighted by length, so that a short tail of a tilted rule does not move it.
            var position = members.Sum(r => (double)r.Line * (r.End - r.Start)) / members.Sum(r => (double)(r.End - r.Start));
            var thickness = members.Max(r => r.Line) - members.Min(r => r.Line) + 1;
            // A solid block (a stamp, a photo) is not a rule: a rule is thin for its length.
            if (thickness <= Math.Max(gap * 4, (end - start) * 0.02))
            {
                lines.Add(new RulingLine(horizontal, position + 0.5, start, end));
            }
        }

        return lines;
    }
}
