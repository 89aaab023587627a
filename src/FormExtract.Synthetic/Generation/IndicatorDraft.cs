namespace FormExtract.Synthetic.Generation;

/// <summary>One 三级指标 row as the generator fills it in.</summary>
internal sealed record IndicatorDraft(
    string Level1,
    string Level2,
    string Name,
    IndicatorPattern Pattern,
    PrintedMeasure? Target,
    PrintedMeasure? Actual,
    Printed Weight,
    Printed Score,
    string Reason)
{
    public bool IsQuantitative => Target?.Value.Number is not null && Actual?.Value.Number is not null;

    /// <summary>A 其中 row that details the row above it: its figures are printed, its 分值 and 得分 are not.</summary>
    public bool IsSubRow { get; init; }
}
