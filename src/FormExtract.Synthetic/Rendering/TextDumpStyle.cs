namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a text dump is laid out and damaged, after the real dumps: a 绩效指标 column or not, where merged
/// category labels are printed (first or middle row of their span), page breaks that cut the indicator
/// table (splitting a long cell, or leaving the page's merged 一级指标 label alone on a row before it), headings
/// wrapped with a gap (年度 指标值), rows shifted one column where a label was printed, a 总分 row without its
/// label or broken into one line per cell, CRLF line ends and GB18030 bytes.
/// </summary>
public sealed record TextDumpStyle(
    string Name,
    bool PerformanceColumn = false,
    bool LabelsMidSpan = false,
    bool PageBreaks = false,
    bool ShiftedLabelRows = false,
    bool UnlabelledTotal = false,
    bool SplitTotal = false,
    bool WrappedHeadings = false,
    bool CrLf = false,
    bool Gb18030 = false,
    double WrapGapChance = 0)
{
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("A style has a name.", nameof(Name));

    /// <summary>The chance that a long indicator name carries a wrap gap, between 0 and 1.</summary>
    public double WrapGapChance { get; init; } = WrapGapChance is >= 0 and <= 1
        ? WrapGapChance
        : throw new ArgumentOutOfRangeException(nameof(WrapGapChance), WrapGapChance, "The wrap-gap chance lies between 0 and 1.");

    public static IReadOnlyList<TextDumpStyle> Standard { get; } =
    [
        new("clean"),
        new("sample", PerformanceColumn: true, LabelsMidSpan: true, PageBreaks: true, WrappedHeadings: true, WrapGapChance: 0.2),
        new("damaged", PerformanceColumn: true, LabelsMidSpan: true, PageBreaks: true, ShiftedLabelRows: true,
            UnlabelledTotal: true, SplitTotal: true, WrappedHeadings: true, CrLf: true, WrapGapChance: 0.3),
        new("gb18030", Gb18030: true, LabelsMidSpan: true),
    ];
}
