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

    /// <summary>The sub-category whose keywords the indicator name contains, if exactly one does.</summary>
    public SubCategory? SuggestedBy(string indicatorName)
    {
        SubCategory? found = null;
        foreach (var sub in Groups.SelectMany(g => g.SubCategories))
        {
            if (sub.Keywords.Any(k => indicatorName.Contains(k, StringComparison.Ordinal)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = sub;
            }
        }

        return found;
    }
}
