using FormExtract.Core.Layout;
using FormExtract.Core.Roles;

namespace FormExtract.Core.Forms;

/// <summary>What one tagged row of the indicator table holds, in the terms form building needs.</summary>
internal abstract record ParsedRow(LayoutRow Row, string? Level1Label, string? Level2Label)
{
    /// <summary>A 三级指标 row with its cells in place; a target printed over three columns is one cell here.</summary>
    public sealed record IndicatorRow(LayoutRow Row, string? Level1Label, string? Level2Label, LayoutCell? Name, TargetParts Target, LayoutCell? Actual, LayoutCell? Weight, LayoutCell? Score, IReadOnlyList<LayoutCell> Reason)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>A lone piece of text: part of a cell that a line or page break split off its row.</summary>
    public sealed record Fragment(LayoutRow Row, string? Level1Label, string? Level2Label, LayoutCell Text, bool InNameColumn)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>Figures only, with no name: the 总分 row whose label was lost, or part of a 总分 row spread over lines.</summary>
    public sealed record Figures(LayoutRow Row, string? Level1Label, string? Level2Label, IReadOnlyList<LayoutCell> Numbers)
        : ParsedRow(Row, Level1Label, Level2Label);

    /// <summary>
    /// Only category labels (a merged label printed on a row of its own), or nothing at all. <see cref="BeforeEmptyRow"/>:
    /// the table's empty rows follow, which the label spans, so it names no indicator above it.
    /// </summary>
    public sealed record LabelsOnly(LayoutRow Row, string? Level1Label, string? Level2Label, bool BeforeEmptyRow = false)
        : ParsedRow(Row, Level1Label, Level2Label);

    public static ParsedRow From(TaggedRow row, bool beforeEmptyRow = false)
    {
        var level1 = row.First(CellRole.Level1)?.Text.Trim();
        var level2 = row.First(CellRole.Level2)?.Text.Trim();
        if (row.First(CellRole.IndicatorName) is { } name)
        {
            var target = new TargetParts(row.First(CellRole.Target), row.First(CellRole.TargetComparator), row.First(CellRole.TargetNumber), row.First(CellRole.TargetUnit));
            return new IndicatorRow(
                row.Row, level1, level2, name, target, row.First(CellRole.Actual), row.First(CellRole.IndicatorWeight),
                row.First(CellRole.IndicatorScore), row.With(CellRole.DeviationReason).ToArray());
        }

        if (row.First(CellRole.NameFragment) is { } nameFragment)
        {
            return new Fragment(row.Row, level1, level2, nameFragment, InNameColumn: true);
        }

        if (row.First(CellRole.ReasonFragment) is { } reasonFragment)
        {
            return new Fragment(row.Row, level1, level2, reasonFragment, InNameColumn: false);
        }

        var figures = row.With(CellRole.UnlabelledFigure).ToArray();
        return figures.Length > 0 ? new Figures(row.Row, level1, level2, figures) : new LabelsOnly(row.Row, level1, level2, beforeEmptyRow);
    }
}

/// <summary>
/// An indicator's target: one cell, or the three cells of a split target (指标性质 | 指标值 | 度量单位) whose texts
/// joined are the target's text.
/// </summary>
internal sealed record TargetParts(LayoutCell? Whole, LayoutCell? Comparator, LayoutCell? Number, LayoutCell? Unit)
{
    public bool IsEmpty => Whole is null && Comparator is null && Number is null && Unit is null;
}
