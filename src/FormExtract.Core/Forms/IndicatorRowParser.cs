using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Reads one row of the indicator table without trusting its column positions, which text dumps shift
/// left and right: category labels are recognised by the vocabulary, 分值 and 得分 are the last two
/// figures, the 偏差原因 is what follows them, and the name, target and actual are what precedes them.
/// </summary>
internal sealed class IndicatorRowParser(CategoryVocabulary vocabulary, IndicatorColumns columns)
{
    public ParsedRow Parse(LayoutRow row)
    {
        string? level1 = null, level2 = null;
        var rest = new List<LayoutCell>();
        foreach (var cell in row.Cells)
        {
            var key = Labels.Key(cell);
            if (key == SelfEvaluationTemplate.IndicatorBlock)
            {
                continue;
            }

            if (key.Length > 0 && vocabulary.FindGroup(key) is not null && rest.All(c => c.IsEmpty))
            {
                level1 ??= cell.Text.Trim();
                continue;
            }

            if (key.Length > 0 && vocabulary.FindSubCategory(key) is not null && rest.All(c => c.IsEmpty))
            {
                level2 ??= cell.Text.Trim();
                continue;
            }

            if (!cell.IsSpanCopy)
            {
                rest.Add(cell);
            }
        }

        var cells = Trim(rest);
        var nonEmpty = cells.Where(c => !c.IsEmpty).ToArray();
        if (nonEmpty.Length == 0)
        {
            return new ParsedRow.LabelsOnly(row, level1, level2);
        }

        var scoreAt = LastFigurePair(cells);
        if (scoreAt < 0)
        {
            return nonEmpty.Length == 1 && !IsFigure(nonEmpty[0])
                ? new ParsedRow.Fragment(row, level1, level2, nonEmpty[0], columns.IsNameColumn(nonEmpty[0].Column))
                : nonEmpty.All(IsFigure)
                    ? new ParsedRow.Figures(row, level1, level2, nonEmpty)
                    : WithoutFigures(row, level1, level2, nonEmpty);
        }

        // Leading gaps are column shifts; a trailing gap before 分值 is the (empty) 实际完成值 cell itself.
        var before = cells.Take(scoreAt - 1).SkipWhile(c => c.IsEmpty).ToList();
        var reason = cells.Skip(scoreAt + 1).Where(c => !c.IsEmpty).ToArray();
        if (before.Count == 0)
        {
            return new ParsedRow.Figures(row, level1, level2, [cells[scoreAt - 1], cells[scoreAt]]);
        }

        var (target, actual) = TargetAndActual(before.Skip(1).ToList());
        return new ParsedRow.IndicatorRow(row, level1, level2, before[0], target, actual, cells[scoreAt - 1], cells[scoreAt], reason);
    }

    /// <summary>
    /// The cells between the name and 分值: the last is 实际完成值 (often an empty column), the non-empty one
    /// before it 年度指标值. A lone cell is the target.
    /// </summary>
    private static (LayoutCell? Target, LayoutCell? Actual) TargetAndActual(List<LayoutCell> between)
    {
        switch (between.Count)
        {
            case 0:
                return (null, null);
            case 1:
                return (NullIfEmpty(between[0]), null);
            default:
                var actual = NullIfEmpty(between[^1]);
                var target = between.Take(between.Count - 1).LastOrDefault(c => !c.IsEmpty);
                return (target, actual);
        }
    }

    private static ParsedRow.IndicatorRow WithoutFigures(LayoutRow row, string? level1, string? level2, LayoutCell[] nonEmpty) =>
        new ParsedRow.IndicatorRow(
            row, level1, level2, nonEmpty[0], nonEmpty.ElementAtOrDefault(1), nonEmpty.ElementAtOrDefault(2), null, null, nonEmpty.Skip(3).ToArray());

    /// <summary>
    /// The index of 得分: the later of the last two adjacent figures. Where one of the two is misprinted
    /// (<c>9O分</c>) but short and holding digits, it still takes its place, to be reported as unreadable.
    /// </summary>
    private static int LastFigurePair(List<LayoutCell> cells)
    {
        for (var i = cells.Count - 1; i >= 1; i--)
        {
            if (IsFigure(cells[i]) && IsFigure(cells[i - 1]))
            {
                return i;
            }
        }

        var last = cells.FindLastIndex(IsFigure);
        if (last >= 0 && last + 1 < cells.Count && IsMisprintedFigure(cells[last + 1]))
        {
            return last + 1;
        }

        return last >= 1 && IsMisprintedFigure(cells[last - 1]) ? last : -1;
    }

    private static bool IsMisprintedFigure(LayoutCell cell) =>
        !cell.IsEmpty && cell.Text.Trim().Length <= 8 && cell.Text.Any(char.IsAsciiDigit) && MeasureParser.Parse(cell.Text) is not { Comparator: not null };

    private static bool IsFigure(LayoutCell cell) => !cell.IsEmpty && NumberParser.Parse(cell.Text) is not null;

    private static LayoutCell? NullIfEmpty(LayoutCell cell) => cell.IsEmpty ? null : cell;

    private static List<LayoutCell> Trim(List<LayoutCell> cells)
    {
        var start = cells.FindIndex(c => !c.IsEmpty);
        if (start < 0)
        {
            return [];
        }

        var end = cells.FindLastIndex(c => !c.IsEmpty);
        return cells.GetRange(start, end - start + 1);
    }
}
