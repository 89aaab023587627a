using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Gives every indicator row its 一级指标 and 二级指标. A merged category cell is printed on only one of the
/// rows it spans (often the first, sometimes a middle or later one), so between two printed 二级指标 labels
/// the rows must be split between them. The split is chosen by evidence: the indicator's own words
/// (…及时性 belongs to 时效指标) and the usual weight split of the 一级指标 groups (产出 50 / 效益 30 /
/// 满意度 10); with no evidence a row belongs to the label above it.
/// </summary>
internal sealed class CategoryResolver(CategoryVocabulary vocabulary)
{
    private const int ExhaustiveLimit = 20_000;
    private const int SplitMatchScore = 3;

    public void Resolve(IReadOnlyList<IndicatorDraft> drafts)
    {
        var labelled = Enumerable.Range(0, drafts.Count).Where(i => drafts[i].Level2Label is not null).ToArray();
        var level2 = new string?[drafts.Count];
        if (labelled.Length > 0)
        {
            var gaps = Gaps(drafts, labelled);
            var choice = Choose(drafts, labelled, gaps);
            Apply(drafts, labelled, gaps, choice, level2);
        }

        var spellings = FormSpellings(drafts);
        string? carried = null;
        var level1 = new string?[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var group = (level2[i] is { } sub ? vocabulary.FindSubCategory(sub)?.Group : null)
                ?? (drafts[i].Level1Label is { } own ? vocabulary.FindGroup(own) : null);
            level1[i] = group is not null ? spellings.GetValueOrDefault(group, group.Name) : drafts[i].Level1Label ?? carried;
            carried = level1[i] ?? carried;
        }

        // Rows above the first level-1 label belong to it (a label printed lower down its span).
        var firstKnown = Array.FindIndex(level1, l => l is not null);
        for (var i = 0; i < firstKnown; i++)
        {
            level1[i] = level1[firstKnown];
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            drafts[i].Level1Label = level1[i];
            drafts[i].Level2Label = level2[i];
        }
    }

    /// <summary>A group's name as this form spells it, where the form prints it.</summary>
    private Dictionary<CategoryGroup, string> FormSpellings(IReadOnlyList<IndicatorDraft> drafts)
    {
        var spellings = new Dictionary<CategoryGroup, string>();
        foreach (var label in drafts.Select(d => d.Level1Label).OfType<string>())
        {
            if (vocabulary.FindGroup(label) is { } group)
            {
                spellings.TryAdd(group, TextNormalizer.Compact(label));
            }
        }

        return spellings;
    }

    private static List<Gap> Gaps(IReadOnlyList<IndicatorDraft> drafts, int[] labelled)
    {
        var gaps = new List<Gap>();
        for (var g = 0; g + 1 < labelled.Length; g++)
        {
            var (a, b) = (labelled[g], labelled[g + 1]);
            if (b - a > 1 && Key(drafts[a]) != Key(drafts[b]))
            {
                gaps.Add(new Gap(g, a, b));
            }
        }

        return gaps;
    }

    /// <summary>For each gap, the first row that takes the lower label (its options run a+1 … b).</summary>
    private int[] Choose(IReadOnlyList<IndicatorDraft> drafts, int[] labelled, List<Gap> gaps)
    {
        var choice = gaps.Select(g => g.Below).ToArray();
        var combinations = gaps.Aggregate(1L, (n, g) => Math.Min(n * (g.Below - g.Above), ExhaustiveLimit + 1L));
        if (combinations <= ExhaustiveLimit)
        {
            var best = (Score: double.MinValue, Choice: (int[])choice.Clone());
            Enumerate(0);
            return best.Choice;

            void Enumerate(int gap)
            {
                if (gap == gaps.Count)
                {
                    var score = Score(drafts, labelled, gaps, choice);
                    if (score > best.Score)
                    {
                        best = (score, (int[])choice.Clone());
                    }

                    return;
                }

                // Default first (every row under the label above), so that ties keep it.
                for (var k = gaps[gap].Below; k > gaps[gap].Above; k--)
                {
                    choice[gap] = k;
                    Enumerate(gap + 1);
                }

                choice[gap] = gaps[gap].Below;
            }
        }

        // Too many combinations: improve one gap at a time.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var gap = 0; gap < gaps.Count; gap++)
            {
                var bestK = choice[gap];
                var bestScore = Score(drafts, labelled, gaps, choice);
                for (var k = gaps[gap].Below; k > gaps[gap].Above; k--)
                {
                    choice[gap] = k;
                    var score = Score(drafts, labelled, gaps, choice);
                    if (score > bestScore)
                    {
                        (bestK, bestScore) = (k, score);
                    }
                }

                choice[gap] = bestK;
            }
        }

        return choice;
    }

    private double Score(IReadOnlyList<IndicatorDraft> drafts, int[] labelled, List<Gap> gaps, int[] choice)
    {
        var level2 = new string?[drafts.Count];
        Apply(drafts, labelled, gaps, choice, level2);
        double score = 0;
        for (var g = 0; g < gaps.Count; g++)
        {
            var gap = gaps[g];
            var candidates = new[] { Key(drafts[gap.Above]), Key(drafts[gap.Below]) };
            for (var r = gap.Above + 1; r < gap.Below; r++)
            {
                if (vocabulary.SuggestedBy(TextNormalizer.Compact(drafts[r].NameText)) is { } suggested
                    && suggested.Spellings.Any(candidates.Contains))
                {
                    score += suggested.Spellings.Contains(level2[r]) ? 1 : -1;
                }
            }
        }

        return score + (SplitMatchScore * MatchingGroups(drafts, level2));
    }

    /// <summary>How many 一级指标 groups carry their usual weight under this assignment.</summary>
    private int MatchingGroups(IReadOnlyList<IndicatorDraft> drafts, string?[] level2)
    {
        var sums = new Dictionary<CategoryGroup, decimal>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].WeightValue is not { } weight || level2[i] is not { } sub || vocabulary.FindSubCategory(sub)?.Group is not { } group)
            {
                return 0;
            }

            sums[group] = sums.GetValueOrDefault(group) + weight;
        }

        return sums.Count(p => p.Value == p.Key.ExpectedWeight);
    }

    private static void Apply(IReadOnlyList<IndicatorDraft> drafts, int[] labelled, List<Gap> gaps, int[] choice, string?[] level2)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            // Nearest label above; rows above the first label take the first.
            var above = Array.FindLastIndex(labelled, l => l <= i);
            level2[i] = Key(drafts[labelled[Math.Max(above, 0)]]);
        }

        for (var g = 0; g < gaps.Count; g++)
        {
            for (var r = choice[g]; r < gaps[g].Below; r++)
            {
                level2[r] = Key(drafts[gaps[g].Below]);
            }
        }
    }

    private static string Key(IndicatorDraft draft) => TextNormalizer.Compact(draft.Level2Label!);

    private sealed record Gap(int Index, int Above, int Below);
}
