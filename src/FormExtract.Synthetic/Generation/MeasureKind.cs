namespace FormExtract.Synthetic.Generation;

/// <summary>The shapes of 年度指标值 / 实际完成值 that published forms use.</summary>
internal enum MeasureKind
{
    /// <summary><c>=100%</c> against <c>100%</c> or less.</summary>
    PlanRate,

    /// <summary><c>&gt;=90%</c> against a percentage.</summary>
    MinimumRate,

    /// <summary><c>=5次</c> or <c>&gt;=12场</c> against a count.</summary>
    Count,

    /// <summary><c>&gt;=3000人次</c> against <c>5.2万人次</c>.</summary>
    LargeCount,

    /// <summary><c>=0次</c> against <c>0次</c>.</summary>
    Zero,

    /// <summary><c>&lt;=5万元</c> against a smaller amount.</summary>
    CostCap,

    /// <summary>A word such as 及时, 健全 or 提升 on both sides.</summary>
    Qualitative,
}
