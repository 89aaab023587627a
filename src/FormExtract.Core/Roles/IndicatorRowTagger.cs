using FormExtract.Core.Layout;
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
        var tagged = new List<TaggedCell>(row.Cells.Count);
        var rest = new LayoutCell[row.Cells.Count];
        var (restCount, first, last) = (0, -1, -1);
        var (level1, level2) = ((string?)null, (string?)null);
        var level1Column = -1;
        var contentSeen = false;
        var labelled = false;
        for (var at = 0; at < row.Cells.Count; at++)
        {
            var cell = row.Cells[at];
            if (cell.IsEmpty)
            {
                if (!cell.IsSpanCopy)
                {
                    // A figure read as nothing after the content is no trailing blank: it holds its column.
                    last = cell.IsUnread && first >= 0 ? restCount : last;
                    rest[restCount++] = cell;
                }

                continue;
            }

            if (isBlockLabel(cell))
            {
                tagged.Add(new(cell, CellRole.Label));
            }
            else if (!contentSeen && (level1 is null || level1 == cell.Key) && template.Categories.FindGroup(cell.Key) is not null)
            {
                // A label printed twice (its own cell and a copy of the merged one) is one label; a second,
                // different one is content (an indicator named as a category is).
                tagged.Add(new(cell, level1 is null ? CellRole.Level1 : CellRole.Label));
                level1Column = level1 is null ? cell.Column : level1Column;
                level1 = cell.Key;
                (labelled, restCount) = (true, 0);
            }
            else if (!contentSeen && (level2 is null || level2 == cell.Key) && template.Categories.FindSubCategory(cell.Key) is not null)
            {
                tagged.Add(new(cell, level2 is null ? CellRole.Level2 : CellRole.Label));
                level2 = cell.Key;
                (labelled, restCount) = (true, 0);
            }
            else if (!cell.IsSpanCopy)
            {
                first = first < 0 ? restCount : first;
                last = restCount;
                rest[restCount++] = cell;
                contentSeen = true;
            }
        }

        // Empty cells before the content are column shifts, after it nothing: only those between hold places.
        var cells = first < 0 ? [] : new ArraySegment<LayoutCell>(rest, first, last - first + 1);
        var shapes = new CellShape[cells.Count];
        var (content, figures) = (0, 0);
        LayoutCell? lone = null;
        for (var i = 0; i < cells.Count; i++)
        {
            // An unread figure is aligned as the figure it is, and tagged as nothing: its column stays empty.
            shapes[i] = cells[i].IsUnread ? CellShape.Figure : CellShapes.Of(cells[i], template);
            if (!cells[i].IsEmpty && shapes[i] != CellShape.Empty)
            {
                content++;
                figures += shapes[i] == CellShape.Figure ? 1 : 0;
                lone = cells[i];
            }
        }

        // A row that opens a level-1 group opens a level-2 group too (a merged cell never spans two groups), so
        // the text right after a level-1 label is the level-2 label even when the vocabulary does not know it (读者),
        // where it stands as far from the label as the printed headings say (a label printed mid-span, as PDFs and
        // text browsers centre merged cells, has the name beside it instead).
        if (level1 is not null && level2 is null && first == 0 && content >= 2 && shapes[0] == CellShape.Text
            && NextToLevel1InLevel2Column(header, level1Column, cells[0].Column))
        {
            tagged.Add(new(cells[0], CellRole.Level2));
            level2 = cells[0].Key;
            content--;
            cells = cells[1..];
            shapes = shapes[1..];
        }

        var trusted = header.Printed && row.Cells.Count == header.CellCount;

        // A lone text is a piece of a cell split off its row, unless it stands right after a category label: then it
        // starts a row of its own (a form cut off after an indicator's name). A label and a text far apart are a
        // label repeated at the top of a page and a fragment of the cell the page break split.
        if (content == 1 && figures == 0 && !(labelled && first == 0))
        {
            tagged.Add(new(lone!, IsNameColumn(header, lone!.Column) ? CellRole.NameFragment : CellRole.ReasonFragment));
        }
        else if (content > 0 && content == figures)
        {
            foreach (var cell in cells)
            {
                if (!cell.IsEmpty)
                {
                    tagged.Add(new(cell, CellRole.UnlabelledFigure));
                }
            }
        }
        else if (trusted && content >= 2 && figures == 0 && CutLabelAndReason(cells, header) is { } pieces)
        {
            tagged.AddRange(pieces);
        }
        else if (content > 0)
        {
            var columns = aligner.Align(cells, shapes, IsSubRow(cells, shapes) ? header.Unscored : header.Columns, trusted);
            for (var i = 0; i < cells.Count; i++)
            {
                if (!cells[i].IsEmpty && shapes[i] != CellShape.Empty)
                {
                    tagged.Add(new(cells[i], Role(columns[i], level1 is not null, level2 is not null)));
                }
            }
        }

        tagged.Sort(static (a, b) => a.Cell.Column.CompareTo(b.Cell.Column));
        return new TaggedRow(row, RowKind.Indicator, tagged);
    }

    /// <summary>
    /// A row cut by a page break cuts its merged category label too: under the break the row goes on with the
    /// label's tail (度指标 of 服务对象满意度指标) under a category heading and the rest of its deviation reason, with
    /// no name and no figure. On the header's grid, such a row is no indicator of its own (aligned, the tail was
    /// taken for a name): the tail belongs to the label, and the reason's piece to the row it was cut from.
    /// Null when the row holds anything else.
    /// </summary>
    private static List<TaggedCell>? CutLabelAndReason(IReadOnlyList<LayoutCell> cells, IndicatorHeader header)
    {
        var pieces = new List<TaggedCell>(2);
        var (label, reason) = (false, false);
        foreach (var cell in cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            switch (header.Columns.Where(c => c.Column == cell.Column).Select(c => (IndicatorColumn?)c.Role).FirstOrDefault())
            {
                case IndicatorColumn.Level1 or IndicatorColumn.Level2:
                    pieces.Add(new(cell, CellRole.Label));
                    label = true;
                    break;
                case IndicatorColumn.DeviationReason when !reason:
                    pieces.Add(new(cell, CellRole.ReasonFragment));
                    reason = true;
                    break;
                default:
                    return null;
            }
        }

        return label && reason ? pieces : null;
    }

    /// <summary>A row whose first text is a sub-row's name (其中…) details the row above: it has no 分值 and no 得分.</summary>
    private bool IsSubRow(IReadOnlyList<LayoutCell> cells, CellShape[] shapes)
    {
        if (template.SubRowPrefixes.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (shapes[i] == CellShape.Text)
            {
                return template.IsSubRow(cells[i].Text);
            }
        }

        return false;
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
        IndicatorColumn.Ignore or IndicatorColumn.Criteria => CellRole.Ignored,
        _ => CellRole.None,
    };

    private static bool NextToLevel1InLevel2Column(IndicatorHeader header, int level1Column, int column)
    {
        var level1 = header.Columns.FirstOrDefault(static c => c.Role == IndicatorColumn.Level1).Column;
        var level2 = header.Columns.FirstOrDefault(static c => c.Role == IndicatorColumn.Level2).Column;
        return header.Printed && level1 is { } one && level2 is { } two && column - level1Column == two - one;
    }

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
}
