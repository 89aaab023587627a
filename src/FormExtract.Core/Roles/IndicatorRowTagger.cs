using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// Tags one row of the indicator table: category labels the vocabulary knows first (wherever the dump put
/// them, before the row's content), then a lone text as a fragment of a split cell, a row of figures alone
/// as figures without a label, and anything else aligned to the table's columns.
/// </summary>
internal sealed class IndicatorRowTagger(FormTemplate template, IndicatorRowAligner aligner)
{
    public TaggedRow Tag(LayoutRow row, IndicatorHeader header, Func<LayoutCell, bool> isBlockLabel)
    {
        var tagged = new List<TaggedCell>();
        var rest = new List<LayoutCell>();
        var (level1, level2) = ((string?)null, (string?)null);
        foreach (var cell in row.Cells)
        {
            if (cell.IsEmpty)
            {
                if (!cell.IsSpanCopy)
                {
                    rest.Add(cell);
                }

                continue;
            }

            var beforeContent = rest.All(c => c.IsEmpty);
            if (isBlockLabel(cell))
            {
                tagged.Add(new(cell, CellRole.Label));
            }
            else if (beforeContent && (level1 is null || level1 == cell.Key) && template.Categories.FindGroup(cell.Text) is not null)
            {
                // A label printed twice (its own cell and a copy of the merged one) is one label; a second,
                // different one is content (an indicator named as a category is).
                tagged.Add(new(cell, level1 is null ? CellRole.Level1 : CellRole.Label));
                level1 = cell.Key;
            }
            else if (beforeContent && (level2 is null || level2 == cell.Key) && template.Categories.FindSubCategory(cell.Text) is not null)
            {
                tagged.Add(new(cell, level2 is null ? CellRole.Level2 : CellRole.Label));
                level2 = cell.Key;
            }
            else if (!cell.IsSpanCopy)
            {
                rest.Add(cell);
            }
        }

        var cells = Trim(rest);
        var content = cells.Where(c => !c.IsEmpty).ToArray();
        if (content.Length == 1 && !IsFigure(content[0]))
        {
            tagged.Add(new(content[0], IsNameColumn(header, content[0].Column) ? CellRole.NameFragment : CellRole.ReasonFragment));
        }
        else if (content.Length > 0 && content.All(IsFigure))
        {
            tagged.AddRange(content.Select(c => new TaggedCell(c, CellRole.UnlabelledFigure)));
        }
        else if (content.Length > 0)
        {
            var trusted = header.Printed && row.Cells.Count == header.CellCount;
            var columns = aligner.Align(cells, header.Columns, trusted);
            for (var i = 0; i < cells.Count; i++)
            {
                if (!cells[i].IsEmpty)
                {
                    tagged.Add(new(cells[i], Role(columns[i], level1 is not null, level2 is not null)));
                }
            }
        }

        return new TaggedRow(row, RowKind.Indicator, tagged.OrderBy(c => c.Cell.Column).ToArray());
    }

    private static CellRole Role(IndicatorColumn? column, bool level1Seen, bool level2Seen) => column switch
    {
        IndicatorColumn.Level1 => level1Seen ? CellRole.Label : CellRole.Level1,
        IndicatorColumn.Level2 => level2Seen ? CellRole.Label : CellRole.Level2,
        IndicatorColumn.Name => CellRole.IndicatorName,
        IndicatorColumn.Target => CellRole.Target,
        IndicatorColumn.TargetComparator => CellRole.TargetComparator,
        IndicatorColumn.TargetNumber => CellRole.TargetNumber,
        IndicatorColumn.TargetUnit => CellRole.TargetUnit,
        IndicatorColumn.Actual => CellRole.Actual,
        IndicatorColumn.Weight => CellRole.IndicatorWeight,
        IndicatorColumn.Score => CellRole.IndicatorScore,
        IndicatorColumn.DeviationReason => CellRole.DeviationReason,
        IndicatorColumn.Ignore => CellRole.Ignored,
        _ => CellRole.None,
    };

    /// <summary>
    /// A lone fragment in or next to the name column continues a name; anywhere else (the usual case, far
    /// right) it continues a 偏差原因 cell.
    /// </summary>
    private static bool IsNameColumn(IndicatorHeader header, int column)
    {
        if (!header.Printed)
        {
            return false;
        }

        var name = header.Columns.FirstOrDefault(c => c.Role == IndicatorColumn.Name).Column;
        var reason = header.Columns.FirstOrDefault(c => c.Role == IndicatorColumn.DeviationReason).Column;
        return name is { } n && Math.Abs(column - n) <= 1 && (reason is not { } r || column < r - 1);
    }

    private static bool IsFigure(LayoutCell cell) => NumberParser.Parse(cell.Text) is not null;

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
