namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a printed table becomes a tab-separated dump, as PDF-to-text exports make them: merged labels printed on
/// the first or the middle row of their span, a page break (a blank line) inside the indicator table, wrap gaps in
/// long names, CRLF line ends, GB18030 bytes.
/// </summary>
public sealed record GridTextStyle(string Name, bool LabelsMidSpan = false, bool PageBreak = false, bool CrLf = false, bool Gb18030 = false, double WrapGapChance = 0)
{
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("A style has a name.", nameof(Name));

    public double WrapGapChance { get; init; } = WrapGapChance is >= 0 and <= 1
        ? WrapGapChance
        : throw new ArgumentOutOfRangeException(nameof(WrapGapChance), WrapGapChance, "The wrap-gap chance lies between 0 and 1.");

    public static IReadOnlyList<GridTextStyle> Standard { get; } =
    [
        new("clean"),
        new("sample", LabelsMidSpan: true, PageBreak: true, WrapGapChance: 0.2),
        new("gb18030", LabelsMidSpan: true, CrLf: true, Gb18030: true),
    ];
}
