namespace FormExtract.Core.Template;

/// <summary>
/// A 二级指标 with the words that mark an indicator as belonging to it (…及时性 belongs to 时效指标).
/// </summary>
public sealed record SubCategory(IReadOnlyList<string> Spellings, IReadOnlyList<string> Keywords)
{
    public string Name => Spellings[0];
}
