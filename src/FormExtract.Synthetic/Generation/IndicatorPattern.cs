namespace FormExtract.Synthetic.Generation;

/// <summary>
/// How one kind of 三级指标 reads: its 二级指标, its name (with <c>{0}</c> for an activity and <c>{1}</c> for
/// the people served), the kind of its values, and for qualitative ones the words it is judged by
/// (the target word first, then the words of a shortfall).
/// </summary>
internal sealed record IndicatorPattern(string SubCategory, string Name, MeasureKind Kind, IReadOnlyList<string> Words)
{
    public IndicatorPattern(string subCategory, string name, MeasureKind kind)
        : this(subCategory, name, kind, [])
    {
    }
}
