using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Gives every indicator row its 一级指标 and 二级指标. A merged category cell is printed on only one of the
/// rows it spans (often the first, sometimes a middle or later one), so between two printed 二级指标 labels
/// the rows must be split between them. The split is chosen by evidence: the indicator's own words
/// (…及时性 belongs to 时效指标) and the weight of each 一级指标 group: the points printed in its label
/// (产出指标(40分)), else the layout's usual split (产出 50 / 效益 30 / 满意度 10) where the layout keeps one; with no
/// evidence a row belongs to the label above it.
/// </summary>
internal sealed class CategoryResolver(CategoryVocabulary vocabulary, bool usualSplit, Func<string, bool> isSubRow)
{
    private const int ExhaustiveLimit = 20_000;
    private const int SplitMatchScore = 3;

    /// <param name="drafts">The rows of the table, in order; their labels are replaced by the resolved ones.</param>
    /// <param name="startsCut">The table's start was cut off: rows above its first printed label belong to a
    /// group that was not printed, so they get none.</param>
    public void Resolve(IReadOnlyList<IndicatorDraft> drafts, bool startsCut = false)
    {
        var firstPrinted = startsCut ? drafts.ToList().FindIndex(static d => d.Level1Label is not null || d.Level2Label is not null) : 0;
        var labels = drafts.Select(d => d.Level2Label is { } label ? TextNormalizer.Compact(label) : null).ToArray();
        var labelled = Enumerable.Range(0, drafts.Count).Where(i => labels[i] is not null).ToArray();
        var level2 = new string?[drafts.Count];
        var carriedDown = new string?[drafts.Count];
        if (labelled.Length > 0)
        {
            var split = new Split(vocabulary, drafts, labels, labelled, ExpectedWeights(drafts), isSubRow);
            split.Apply(split.Choose(), level2);
            split.Apply(split.CarriedDown, carriedDown);
            DropAcrossGroups(drafts, labels, level2);
        }

        var spellings = FormSpellings(drafts);
        string? carried = null;
        var level1 = new string?[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            // A row's own printed 一级指标 wins over the group its 二级指标 usually has: older forms print
            // 服务对象满意度指标 under 效益指标, where later ones give it a group of its own.
            var group = (drafts[i].Level1Label is { } own ? vocabulary.FindGroup(own) : null)
                ?? (level2[i] is { } sub ? vocabulary.FindSubCategory(sub)?.Group : null);
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
            var unlabelled = i < firstPrinted;
            drafts[i].Level1Label = unlabelled ? null : level1[i];
            drafts[i].Level2Label = unlabelled ? null : level2[i];
            // Evidence moved the row under a label printed below it: a guess, which its name's evidence records.
            drafts[i].CategoryChosen = !unlabelled && level2[i] is not null && level2[i] != carriedDown[i];
        }
    }

    /// <summary>Each group's weight as the form prints it in the group's label, else as the layout's usual split gives it.</summary>
    private Dictionary<CategoryGroup, decimal> ExpectedWeights(IReadOnlyList<IndicatorDraft> drafts)
    {
        var weights = new Dictionary<CategoryGroup, decimal>();
        foreach (var label in drafts.Select(d => d.Level1Label).OfType<string>())
        {
            if (vocabulary.FindGroup(label) is { } group && PrintedPoints.Split(LabelKey.Of(label)).Points is { } points)
            {
                weights.TryAdd(group, points);
            }
        }

        foreach (var group in vocabulary.Groups)
        {
            if (usualSplit && group.ExpectedWeight is { } usual)
            {
                weights.TryAdd(group, usual);
            }
        }

        return weights;
    }

    /// <summary>
    /// A 二级指标 carried down from a row above does not cross into another 一级指标: where a row prints its own
    /// 一级指标 of another group, it and the rows after it that carry the same 二级指标 have none (a form whose
    /// 二级指标 in that group is not one the vocabulary knows).
    /// </summary>
    private void DropAcrossGroups(IReadOnlyList<IndicatorDraft> drafts, string?[] labels, string?[] level2)
    {
        string? dropped = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (labels[i] is not null)
            {
                dropped = null;
                continue;
            }

            if (drafts[i].Level1Label is { } own && vocabulary.FindGroup(own) is { } group && level2[i] is { } carried
                && vocabulary.FindSubCategory(carried)?.Group is { } carriedGroup && carriedGroup != group)
            {
                dropped = carried;
            }

            if (dropped is not null && level2[i] == dropped)
            {
                level2[i] = null;
            }
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
                // The name as printed, without the points some forms print in it (产出指标(50分)).
                spellings.TryAdd(group, PrintedPoints.Split(LabelKey.Of(label)).Words);
            }
        }

        return spellings;
    }

    /// <summary>
    /// The choice of split points: for each gap between two different printed labels, the first row that
    /// takes the lower label (options a+1 … b). What is known of each row is worked out once.
    /// </summary>
    private sealed class Split
    {
        private readonly string?[] _labels;
        private readonly int[] _labelled;
        private readonly List<(int Above, int Below)> _gaps = [];
        private readonly decimal?[] _weights;
        private readonly SubCategory?[] _suggested;
        private readonly Dictionary<string, int> _groupOf;
        private readonly CategoryGroup[] _groupList;
        private readonly decimal[] _sums;
        private readonly bool[] _summed;
        private readonly string?[] _buffer;
        private readonly Dictionary<CategoryGroup, decimal> _expected;

        /// <summary>Sub-rows (其中…) that carry no points: they count in no group's weight.</summary>
        private readonly bool[] _unscored;

        public Split(CategoryVocabulary vocabulary, IReadOnlyList<IndicatorDraft> drafts, string?[] labels, int[] labelled, Dictionary<CategoryGroup, decimal> expected,
            Func<string, bool> isSubRow)
        {
            _expected = expected;
            _unscored = drafts.Select(d => d.WeightValue is null && d.ScoreValue is null && isSubRow(d.NameText)).ToArray();
            _labels = labels;
            _labelled = labelled;
            for (var g = 0; g + 1 < labelled.Length; g++)
            {
                var (a, b) = (labelled[g], labelled[g + 1]);
                if (b - a > 1 && labels[a] != labels[b])
                {
                    _gaps.Add((a, b));
                }
            }

            _weights = drafts.Select(d => d.WeightValue).ToArray();
            _suggested = new SubCategory?[drafts.Count];
            foreach (var (above, below) in _gaps)
            {
                // Evidence only decides between the two labels a row lies between.
                var candidates = new[] { labels[above]!, labels[below]! }.Select(l => vocabulary.FindSubCategory(l)?.Sub).OfType<SubCategory>().ToArray();
                for (var r = above + 1; r < below; r++)
                {
                    _suggested[r] = vocabulary.SuggestedAmong(TextNormalizer.Compact(drafts[r].NameText), candidates);
                }
            }
            // Each label's group as an index into small arrays: scoring runs once per combination (up to
            // ExhaustiveLimit of them), so it sums into reused arrays rather than a new dictionary each time.
            var groups = labels.OfType<string>().Distinct().Select(l => (Label: l, Group: vocabulary.FindSubCategory(l)?.Group)).ToArray();
            _groupList = groups.Select(g => g.Group).OfType<CategoryGroup>().Distinct().ToArray();
            _groupOf = groups.ToDictionary(g => g.Label, g => g.Group is { } group ? Array.IndexOf(_groupList, group) : -1);
            _sums = new decimal[_groupList.Length];
            _summed = new bool[_groupList.Length];
            _buffer = new string?[drafts.Count];
        }

        /// <summary>The choice with no evidence: every row of a gap under the label above it.</summary>
        public int[] CarriedDown => [.. _gaps.Select(g => g.Below)];

        public int[] Choose()
        {
            var choice = _gaps.Select(g => g.Below).ToArray();
            var combinations = _gaps.Aggregate(1L, (n, g) => Math.Min(n * (g.Below - g.Above), ExhaustiveLimit + 1L));
            return combinations <= ExhaustiveLimit ? Exhaustive(choice) : Greedy(choice);
        }

        public void Apply(int[] choice, string?[] level2)
        {
            var label = _labels[_labelled[0]];
            for (var i = 0; i < level2.Length; i++)
            {
                // Nearest label above; rows above the first label take the first.
                label = _labels[i] ?? label;
                level2[i] = label;
            }

            for (var g = 0; g < _gaps.Count; g++)
            {
                for (var r = choice[g]; r < _gaps[g].Below; r++)
                {
                    level2[r] = _labels[_gaps[g].Below];
                }
            }
        }

        private int[] Exhaustive(int[] choice)
        {
            var best = (Score: double.MinValue, Choice: (int[])choice.Clone());
            Enumerate(0);
            return best.Choice;

            void Enumerate(int gap)
            {
                if (gap == _gaps.Count)
                {
                    var score = Score(choice);
                    if (score > best.Score)
                    {
                        best = (score, (int[])choice.Clone());
                    }

                    return;
                }

                // Default first (every row under the label above), so that ties keep it.
                for (var k = _gaps[gap].Below; k > _gaps[gap].Above; k--)
                {
                    choice[gap] = k;
                    Enumerate(gap + 1);
                }

                choice[gap] = _gaps[gap].Below;
            }
        }

        /// <summary>Too many combinations: improve one gap at a time.</summary>
        private int[] Greedy(int[] choice)
        {
            for (var pass = 0; pass < 2; pass++)
            {
                for (var gap = 0; gap < _gaps.Count; gap++)
                {
                    var (bestK, bestScore) = (choice[gap], Score(choice));
                    for (var k = _gaps[gap].Below; k > _gaps[gap].Above; k--)
                    {
                        choice[gap] = k;
                        var score = Score(choice);
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

        private double Score(int[] choice)
        {
            Apply(choice, _buffer);
            double score = 0;
            foreach (var (above, below) in _gaps)
            {
                for (var r = above + 1; r < below; r++)
                {
                    if (_suggested[r] is { } suggested)
                    {
                        score += suggested.Spellings.Contains(_buffer[r]) ? 1 : -1;
                    }
                }
            }

            return score + (SplitMatchScore * MatchingGroups());
        }

        /// <summary>How many 一级指标 groups carry their expected weight under the assignment in the buffer.</summary>
        private int MatchingGroups()
        {
            Array.Clear(_sums);
            Array.Clear(_summed);
            for (var i = 0; i < _buffer.Length; i++)
            {
                if (_unscored[i])
                {
                    continue;
                }

                if (_weights[i] is not { } weight || _buffer[i] is not { } sub || _groupOf[sub] is not (>= 0 and var group))
                {
                    return 0;
                }

                _sums[group] += weight;
                _summed[group] = true;
            }

            var matching = 0;
            for (var g = 0; g < _groupList.Length; g++)
            {
                matching += _summed[g] && _expected.TryGetValue(_groupList[g], out var expected) && _sums[g] == expected ? 1 : 0;
            }

            return matching;
        }
    }
}
