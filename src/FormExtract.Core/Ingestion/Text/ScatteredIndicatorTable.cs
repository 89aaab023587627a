using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// An indicator table whose headings a spreadsheet's text scattered among its first cells (一级指标 | … | 年度指标值 |
/// 实际完成值 | 指标1:… | 二级指标 | 三级指标 | … | 分值 | 得分): its columns are the headings found, in the layout's
/// order. Only rows that stand whole in the stream are read: a name, then one cell for each column up to the score,
/// the weight and score figures the weight's and within it, and after them no stray figure. The cells of a stretch that
/// holds no such row (names listed apart from their figures, the first rows mixed with the headings) cannot be put
/// back in their rows: they are handed back to be named, never read into indicators.
/// </summary>
internal sealed class ScatteredIndicatorTable(FormTemplate template)
{
    /// <summary>The figures' columns a row must have for its cells to be told apart by shape alone.</summary>
    private static readonly IndicatorColumn[] Measured = [IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score];

    /// <summary>The table read: its headings in column order, its rows laid on them, the stretches of cells left unread.</summary>
    public sealed record Reading(IReadOnlyList<LayoutCell> Headings, IReadOnlyList<LayoutCell?[]> Rows, IReadOnlyList<IReadOnlyList<LayoutCell>> Unread);

    /// <param name="opening">The headings that opened the table (fewer than two: otherwise the table is not scattered).</param>
    /// <param name="content">The table's cells after them, in the stream's order.</param>
    /// <param name="isCategory">Whether a cell is a first- or second-level category's label.</param>
    /// <returns>Null where the content does not hold the headings the rows' shape needs.</returns>
    public Reading? Read(IReadOnlyList<LayoutCell> opening, IReadOnlyList<LayoutCell> content, Func<LayoutCell, bool> isCategory)
    {
        var scattered = content.Where(IsHeading).ToArray();
        var headings = opening.Concat(scattered)
            .Select(c => (Cell: c, Column: template.IndicatorColumns.Match(c.Key, exact: true)))
            .Where(h => h.Column is { } column && template.IndicatorOrder.Contains(column))
            .DistinctBy(h => h.Column)
            .OrderBy(h => template.IndicatorOrder.ToList().IndexOf(h.Column!.Value))
            .ToArray();
        var columns = headings.Select(h => h.Column!.Value).ToList();
        if (scattered.Length < 2 || opening.Count >= 2 || !columns.Contains(IndicatorColumn.Name) || !Measured.All(columns.Contains))
        {
            return null;
        }

        // A row's cells after its name: every column up to the last figure's, each one of the measured columns.
        var name = columns.IndexOf(IndicatorColumn.Name);
        var span = columns.GetRange(name + 1, Measured.Max(columns.IndexOf) - name);
        if (!span.All(Measured.Contains))
        {
            return null;
        }

        var rows = new List<LayoutCell?[]>();
        var unread = new List<IReadOnlyList<LayoutCell>>();
        var labels = new List<LayoutCell>();
        var stray = new List<LayoutCell>();
        void Strand()
        {
            if (stray.Count > 0)
            {
                unread.Add(stray.ToArray());
                stray.Clear();
            }
        }

        for (var i = 0; i < content.Count;)
        {
            var cell = content[i];
            if (IsHeading(cell))
            {
                i++;
            }
            else if (isCategory(cell))
            {
                labels.Add(cell);
                i++;
            }
            else if (WholeRow(content, i, span, isCategory))
            {
                Strand();
                var laid = new LayoutCell?[columns.Count];
                foreach (var label in labels)
                {
                    var level = template.Categories.FindSubCategory(label.Key) is not null && template.Categories.FindGroup(label.Key) is null ? IndicatorColumn.Level2 : IndicatorColumn.Level1;
                    if (columns.IndexOf(level) is var at && at >= 0)
                    {
                        laid[at] = label;
                    }
                }

                labels.Clear();
                laid[name] = cell;
                for (var k = 0; k < span.Count; k++)
                {
                    laid[columns.IndexOf(span[k])] = content[i + 1 + k];
                }

                rows.Add(laid);
                i += span.Count + 1;
            }
            else
            {
                // A category's label before cells out of their rows heads none of the rows read.
                stray.AddRange(labels);
                labels.Clear();
                stray.Add(cell);
                i++;
            }
        }

        stray.AddRange(labels);
        Strand();
        return new Reading(headings.Select(h => h.Cell).ToArray(), rows, unread);
    }

    /// <summary>
    /// Whether a whole row starts at the position: a name, a cell for each column of the span (the weight and score
    /// figures, the score within the weight), then the end, a category or another name, never a stray figure.
    /// </summary>
    private bool WholeRow(IReadOnlyList<LayoutCell> content, int at, List<IndicatorColumn> span, Func<LayoutCell, bool> isCategory)
    {
        if (at + span.Count >= content.Count || !IsName(content[at], isCategory))
        {
            return false;
        }

        decimal? weight = null;
        decimal? score = null;
        for (var k = 0; k < span.Count; k++)
        {
            var cell = content[at + 1 + k];
            if (cell.Fused || cell.IsEmpty || IsHeading(cell) || isCategory(cell))
            {
                return false;
            }

            if (span[k] is IndicatorColumn.Weight or IndicatorColumn.Score)
            {
                if (CellShapes.Of(cell, template) != CellShape.Figure || NumberParser.Parse(cell.Key)?.Value is not { } value || value < 0)
                {
                    return false;
                }

                if (span[k] == IndicatorColumn.Weight)
                {
                    weight = value;
                }
                else
                {
                    score = value;
                }
            }
        }

        var next = at + span.Count + 1;
        return weight > 0 && score <= weight
            && (next == content.Count || isCategory(content[next]) || IsName(content[next], isCategory));
    }

    /// <summary>
    /// A name is words: no figure, quantity, unit or mark, no heading or category, and two characters of text or more
    /// (a short name numbered 指标5:巡查次数 has the shape of a misprinted figure, where 不少于12 is a quantity; a piece
    /// of a word, 数, names nothing).
    /// </summary>
    public bool IsName(LayoutCell cell, Func<LayoutCell, bool> isCategory)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(isCategory);
        return !cell.Fused
            && CellShapes.Of(cell, template) switch
            {
                CellShape.Text => true,
                CellShape.MisprintedFigure => MeasureParser.Parse(cell.Text) is not { IsQuantitative: true },
                _ => false,
            }
            && cell.Key.Count(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter) >= 2
            && !IsHeading(cell) && !isCategory(cell);
    }

    private bool IsHeading(LayoutCell cell) => !cell.Fused && template.IndicatorColumns.Match(cell.Key, exact: true) is not null;
}
