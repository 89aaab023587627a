using FormExtract.Core.Layout;

namespace FormExtract.Core.Forms;

/// <summary>What one row of the indicator table turned out to be.</summary>
internal abstract record ParsedRow(LayoutRow Row, string? Level1Label, string? Level2Label)
{
    /// <summary>A 三级指标 row with its cells in place.</summary>
    public sealed record IndicatorRow(LayoutRow Row, string? Level1Label, string? Level2Label, LayoutCell? Name, LayoutCell? Target, LayoutCell? Actual, LayoutCell? Weight, LayoutCell? Score, IReadOnlyList<LayoutCell> Reason)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>A lone piece of text: part of a cell that a line or page break split off its row.</summary>
    public sealed record Fragment(LayoutRow Row, string? Level1Label, string? Level2Label, LayoutCell Text, bool InNameColumn)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>Figures only, with no name: the 总分 row whose label was lost, or part of a 总分 row spread over lines.</summary>
    public sealed record Figures(LayoutRow Row, string? Level1Label, string? Level2Label, IReadOnlyList<LayoutCell> Numbers)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>Only category labels (a merged label printed on a row of its own), or nothing at all.</summary>
    public sealed record LabelsOnly(LayoutRow Row, string? Level1Label, string? Level2Label)
        : ParsedRow(Row, Level1Label, Level2Label);
}
