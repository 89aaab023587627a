namespace FormExtract.Core.Template;

/// <summary>
/// A 一级指标 group of the template with its usual weight (where the layout has one) and the 二级指标 it
/// holds. <see cref="Spellings"/> are the names forms use for the group; the first is the canonical one.
/// </summary>
public sealed record CategoryGroup(IReadOnlyList<string> Spellings, decimal? ExpectedWeight, IReadOnlyList<SubCategory> SubCategories)
{
    public string Name => Spellings[0];
}
