using FormExtract.Core.Normalization;
using System.Collections.Frozen;

namespace FormExtract.Core.Template;

/// <summary>
/// Looks up category labels as printed (white space and points ignored: <c>产 出 指 标 (50分)</c> is 产出指标) and
/// the sub-category an indicator's words suggest.
/// </summary>
public sealed class CategoryVocabulary
{
    private const string LabelSuffix = "指标";
    private readonly FrozenDictionary<string, CategoryGroup> _groups;
    private readonly FrozenDictionary<string, (CategoryGroup Group, SubCategory Sub)> _subs;

    /// <summary>Sub-category words without their 指标, longest first and then in the template's order, for the loose match.</summary>
    private readonly (string Stem, CategoryGroup Group, SubCategory Sub)[] _stems;

    public CategoryVocabulary(IReadOnlyList<CategoryGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups;
        _groups = groups.SelectMany(g => g.Spellings.Select(s => (Key: LabelKey.Of(s), g)))
            .DistinctBy(p => p.Key).ToFrozenDictionary(p => p.Key, p => p.g);
        _subs = groups.SelectMany(g => g.SubCategories.SelectMany(sub => sub.Spellings.Select(s => (Key: LabelKey.Of(s), g, sub))))
            .DistinctBy(p => p.Key).ToFrozenDictionary(p => p.Key, p => (p.g, p.sub));
        _stems = groups.SelectMany(g => g.SubCategories.SelectMany(sub => sub.Spellings.Select(s => (Stem: Stem(LabelKey.Of(s)), g, sub))))
            .Where(p => p.Stem.Length >= 2)
            .OrderByDescending(p => p.Stem.Length)
            .ToArray();
    }

    public IReadOnlyList<CategoryGroup> Groups { get; }

    /// <summary>The group a level-1 label names, its printed points ignored.</summary>
    public CategoryGroup? FindGroup(string label)
    {
        var key = LabelKey.Of(label);
        if (key.Length == 0)
        {
            return null;
        }

        return _groups.TryGetValue(key, out var group) || (MayHavePoints(key) && _groups.TryGetValue(PrintedPoints.Split(key).Words, out group)) ? group : null;
    }

    /// <summary>
    /// The sub-category a level-2 label names. A label that starts with a sub-category's words and ends with
    /// 指标 names it too (社会效益效益指标 is a 社会效益指标 printed with a slip).
    /// </summary>
    public (CategoryGroup Group, SubCategory Sub)? FindSubCategory(string label)
    {
        var key = LabelKey.Of(label);
        if (key.Length == 0)
        {
            return null;
        }

        if (_subs.TryGetValue(key, out var found) || (MayHavePoints(key) && _subs.TryGetValue(PrintedPoints.Split(key).Words, out found)))
        {
            return found;
        }

        if (!key.EndsWith(LabelSuffix, StringComparison.Ordinal) || key.Length > 10)
        {
            return null;
        }

        foreach (var (stem, group, sub) in _stems)
        {
            if (key.StartsWith(stem, StringComparison.Ordinal))
            {
                return (group, sub);
            }
        }

        return null;
    }

    /// <summary>Points are digits: a label without one has none to strip.</summary>
    private static bool MayHavePoints(string key) => key.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static string Stem(string spelling) =>
        spelling.EndsWith(LabelSuffix, StringComparison.Ordinal) ? spelling[..^LabelSuffix.Length] : spelling;

    /// <summary>The group a printed level-1 or level-2 label belongs to.</summary>
    /// <summary>
    /// Whether a text is the start of a category label and not the whole of one (生态 of 生态效益指标): what the
    /// end of an input that cut a label short leaves.
    /// </summary>
    public bool IsCutLabel(string text)
    {
        var key = LabelKey.Of(text);
        return key.Length >= 2 && FindGroup(key) is null && FindSubCategory(key) is null
            && (_groups.Keys.Any(k => k.Length > key.Length && k.StartsWith(key, StringComparison.Ordinal))
                || _subs.Keys.Any(k => k.Length > key.Length && k.StartsWith(key, StringComparison.Ordinal)));
    }

    public CategoryGroup? GroupOf(string label) => FindGroup(label) ?? FindSubCategory(label)?.Group;

    /// <summary>
    /// Which of the candidate sub-categories the indicator's words point to. A name ends with what it
    /// measures (…监测完成及时性 is a timeliness, whatever it monitors), so the keyword that ends last wins;
    /// a tie between candidates is no evidence.
    /// </summary>
    public SubCategory? SuggestedAmong(string indicatorName, IReadOnlyList<SubCategory> candidates)
    {
        ArgumentNullException.ThrowIfNull(indicatorName);
        ArgumentNullException.ThrowIfNull(candidates);
        SubCategory? found = null;
        var (bestEnd, bestLength, tied) = (-1, 0, false);
        foreach (var sub in candidates)
        {
            foreach (var keyword in sub.Keywords)
            {
                var at = indicatorName.LastIndexOf(keyword, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var end = at + keyword.Length;
                if (end > bestEnd || (end == bestEnd && keyword.Length > bestLength))
                {
                    (found, bestEnd, bestLength, tied) = (sub, end, keyword.Length, false);
                }
                else if (end == bestEnd && keyword.Length == bestLength && !ReferenceEquals(sub, found))
                {
                    tied = true;
                }
            }
        }

        return tied ? null : found;
    }
}
