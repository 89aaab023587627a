using System.Collections.Frozen;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Template;

/// <summary>Looks up category labels as printed (white space ignored) and the sub-category an indicator's words suggest.</summary>
public sealed class CategoryVocabulary
{
    private readonly FrozenDictionary<string, CategoryGroup> _groups;
    private readonly FrozenDictionary<string, (CategoryGroup Group, SubCategory Sub)> _subs;

    public CategoryVocabulary(IReadOnlyList<CategoryGroup> groups)
    {
        Groups = groups;
        _groups = groups.SelectMany(g => g.Spellings.Select(s => (s, g))).ToFrozenDictionary(p => p.s, p => p.g);
        _subs = groups.SelectMany(g => g.SubCategories.SelectMany(sub => sub.Spellings.Select(s => (s, g, sub))))
            .ToFrozenDictionary(p => p.s, p => (p.g, p.sub));
    }

    public static CategoryVocabulary Default { get; } = new(SelfEvaluationTemplate.Groups);

    public IReadOnlyList<CategoryGroup> Groups { get; }

    public CategoryGroup? FindGroup(string label) =>
        _groups.TryGetValue(TextNormalizer.Compact(label), out var group) ? group : null;

    public (CategoryGroup Group, SubCategory Sub)? FindSubCategory(string label) =>
        _subs.TryGetValue(TextNormalizer.Compact(label), out var found) ? found : null;

    /// <summary>The group a printed level-1 or level-2 label belongs to.</summary>
    public CategoryGroup? GroupOf(string label) => FindGroup(label) ?? FindSubCategory(label)?.Group;

    /// <summary>
    /// Which of the candidate sub-categories the indicator's words point to. A name ends with what it
    /// measures (…监测完成及时性 is a timeliness, whatever it monitors), so the keyword that ends last wins;
    /// a tie between candidates is no evidence.
    /// </summary>
    public SubCategory? SuggestedAmong(string indicatorName, IReadOnlyList<SubCategory> candidates)
    {
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
