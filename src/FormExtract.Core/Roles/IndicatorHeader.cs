using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// The columns of the indicator table as its header row names them, or the layout's order where no header was
/// printed. A second header row that splits a heading (年度指标值 over 指标性质 | 指标值 | 度量单位) replaces it.
/// </summary>
internal sealed class IndicatorHeader
{
    private IndicatorHeader(IReadOnlyList<HeaderColumn<IndicatorColumn>> columns, bool printed, int cellCount)
    {
        Columns = columns;
        Printed = printed;
        CellCount = cellCount;
    }

    public IReadOnlyList<HeaderColumn<IndicatorColumn>> Columns { get; }

    /// <summary>The columns without 分值 and 得分, for the sub-rows (其中…) that carry neither.</summary>
    public IReadOnlyList<HeaderColumn<IndicatorColumn>> Unscored => field ??= Columns.Where(c => c.Role is not (IndicatorColumn.Weight or IndicatorColumn.Score)).ToArray();

    /// <summary>Whether the form printed the header (else <see cref="Columns"/> is the layout's order).</summary>
    public bool Printed { get; }

    /// <summary>How many cells the header row had: rows of as many cells are laid on the same grid.</summary>
    public int CellCount { get; }

    /// <summary>
    /// Whether the table is a rubric rather than indicators: it prints neither a target nor a result, and either its
    /// layout's own table is a rubric or it scores (分值, 得分) against a column saying how (指标解释, 评分标准). A
    /// checklist that explains its items but scores none is not one.
    /// </summary>
    public bool IsRubric(FormTemplate template) =>
        !Columns.Any(static c => FormTemplate.IsMeasure(c.Role))
        && (template.RubricTable || (Columns.Any(static c => c.Role == IndicatorColumn.Criteria) && Columns.Any(static c => c.Role is IndicatorColumn.Weight or IndicatorColumn.Score)));

    public static IndicatorHeader FromLayout(FormTemplate template) =>
        new(TargetColumns.Settled(template.IndicatorOrder).Select(r => new HeaderColumn<IndicatorColumn>(r, null)).ToArray(), printed: false, cellCount: 0);

    /// <summary>How many cells of the row name an indicator column: a header names several.</summary>
    public static int HeadingCount(LayoutRow row, FormTemplate template) =>
        row.NonEmpty.Count(c => !c.IsSpanCopy && template.IndicatorColumns.Match(c.Key) is not null);

    /// <summary>
    /// Whether the row is an indicator table's header: it names the indicator (三级指标, 指标名称) and more columns, or
    /// three columns of an indicator's own (not counting those the contract skips).
    /// </summary>
    public static bool IsHeader(LayoutRow row, FormTemplate template)
    {
        var (count, named, seen) = (0, false, 0);
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (cell.IsSpanCopy || template.IndicatorColumns.Match(cell.Key) is not { } role)
            {
                continue;
            }

            count++;
            named |= role is IndicatorColumn.Name or IndicatorColumn.Level1;
            // A column the contract skips (得分计算方法) is no sign of an indicator table: budget blocks print it too.
            seen |= role is IndicatorColumn.Ignore or IndicatorColumn.Criteria ? 0 : 1 << (int)role;
        }

        return (named && count >= 2) || System.Numerics.BitOperations.PopCount((uint)seen) >= 3;
    }

    public static IndicatorHeader FromRow(LayoutRow row, FormTemplate template)
    {
        var columns = new List<HeaderColumn<IndicatorColumn>>();
        foreach (var cell in row.NonEmpty.Where(c => !c.IsSpanCopy))
        {
            var key = cell.Key;
            if (template.Blocks[FormBlock.Indicators].MatchLength(key) > 0)
            {
                continue;
            }

            columns.Add(new(template.IndicatorColumns.Match(key) ?? IndicatorColumn.Ignore, cell.Column));
        }

        return new IndicatorHeader(Unsplit(NextLevels(columns)), printed: true, row.Cells.Count);
    }

    /// <summary>
    /// The level headings read again where one of them was printed twice side by side: the levels run 一级, 二级,
    /// 三级 left to right, and on a coarse scan a stroke of 三 or 二 is lost (三级指标 read as 二级指标, 二级指标 as
    /// 一级指标), which left the table without its indicators' names. Three level headings side by side with one
    /// repeated are 一级, 二级 and the indicator; two, where the next level has no column, the level and the next.
    /// </summary>
    private static List<HeaderColumn<IndicatorColumn>> NextLevels(List<HeaderColumn<IndicatorColumn>> columns)
    {
        static bool IsLevel(IndicatorColumn role) => role is IndicatorColumn.Level1 or IndicatorColumn.Level2 or IndicatorColumn.Name;
        for (var start = 0; start + 2 < columns.Count; start++)
        {
            var run = columns.GetRange(start, 3).Select(c => c.Role).ToArray();
            if (run.All(IsLevel) && run.Distinct().Count() < 3 && run[0] != IndicatorColumn.Name
                && !columns.Where((c, i) => (i < start || i > start + 2) && IsLevel(c.Role)).Any())
            {
                columns[start] = columns[start] with { Role = IndicatorColumn.Level1 };
                columns[start + 1] = columns[start + 1] with { Role = IndicatorColumn.Level2 };
                columns[start + 2] = columns[start + 2] with { Role = IndicatorColumn.Name };
                return columns;
            }
        }

        for (var i = 1; i < columns.Count; i++)
        {
            var role = columns[i].Role;
            var next = role switch { IndicatorColumn.Level1 => IndicatorColumn.Level2, IndicatorColumn.Level2 => IndicatorColumn.Name, _ => (IndicatorColumn?)null };
            if (next is { } level && columns[i - 1].Role == role && !columns.Exists(c => c.Role == level))
            {
                columns[i] = columns[i] with { Role = level };
            }
        }

        return columns;
    }

    /// <summary>
    /// The header with a second row's headings put in place of the one they split: by column where the grid keeps
    /// them under it, else in place of the first heading that holds what they name.
    /// </summary>
    public IndicatorHeader WithSubHeader(LayoutRow row, FormTemplate template)
    {
        var parts = row.NonEmpty.Where(c => !c.IsSpanCopy)
            .Select(c => new HeaderColumn<IndicatorColumn>(template.IndicatorColumns.Match(c.Key) ?? IndicatorColumn.Ignore, c.Column))
            .ToArray();
        if (parts.Length == 0)
        {
            return this;
        }

        var columns = Columns.ToList();
        var at = columns.FindIndex(c => c.Column == parts[0].Column && Holds(c.Role, parts[0].Role));
        if (at >= 0)
        {
            columns.RemoveAt(at);
            columns.InsertRange(at, parts);
            return new IndicatorHeader(Unsplit(columns), Printed, Math.Max(CellCount, row.Cells.Count));
        }

        // Not on the header's grid (a text dump dropped the merged cells): where the parts are cannot be told
        // by column, so each run of them takes the place of the heading that holds it, in order.
        var merged = OffGrid(columns, parts.Select(p => p with { Column = null }).ToArray());
        return merged is null ? this : new IndicatorHeader(Unsplit(merged), Printed, Math.Max(CellCount, row.Cells.Count));
    }

    /// <summary>
    /// The header with runs of a second row's headings, the grid lost, each in place of the heading that holds
    /// them: a target's parts (符号 | 单位) in place of the target, a score's workings (单项指标得分 | 权重占比(%) |
    /// 折算得分) in place of the score. Parts the contract skips go with the next part that names a column, or the
    /// last. A target split into comparator and unit with no heading for its figure prints the figure between them.
    /// </summary>
    private static List<HeaderColumn<IndicatorColumn>>? OffGrid(List<HeaderColumn<IndicatorColumn>> columns, HeaderColumn<IndicatorColumn>[] parts)
    {
        var runs = new List<(int Heading, List<HeaderColumn<IndicatorColumn>> Parts)>();
        var pending = new List<HeaderColumn<IndicatorColumn>>();
        var from = 0;
        foreach (var part in parts)
        {
            pending.Add(part);
            if (part.Role == IndicatorColumn.Ignore)
            {
                continue;
            }

            var heading = columns.FindIndex(from, c => Holds(c.Role, part.Role));
            if (heading < 0)
            {
                return runs.Count == 0 ? null : Replaced(columns, runs, pending);
            }

            if (runs.Count > 0 && runs[^1].Heading == heading)
            {
                runs[^1].Parts.AddRange(pending);
            }
            else
            {
                runs.Add((heading, [.. pending]));
            }

            pending.Clear();
            from = heading;
        }

        return runs.Count == 0 ? null : Replaced(columns, runs, pending);
    }

    private static List<HeaderColumn<IndicatorColumn>> Replaced(
        List<HeaderColumn<IndicatorColumn>> columns, List<(int Heading, List<HeaderColumn<IndicatorColumn>> Parts)> runs, List<HeaderColumn<IndicatorColumn>> left)
    {
        runs[^1].Parts.AddRange(left);
        var merged = new List<HeaderColumn<IndicatorColumn>>();
        for (var i = 0; i < columns.Count; i++)
        {
            var run = runs.FindIndex(r => r.Heading == i);
            if (run < 0)
            {
                merged.Add(columns[i]);
                continue;
            }

            var parts = runs[run].Parts;
            var comparator = parts.FindIndex(p => p.Role == IndicatorColumn.TargetComparator);
            var unit = parts.FindIndex(p => p.Role == IndicatorColumn.TargetUnit);
            if (comparator >= 0 && unit > comparator && !parts.Exists(p => p.Role == IndicatorColumn.TargetNumber))
            {
                parts.Insert(comparator + 1, new HeaderColumn<IndicatorColumn>(IndicatorColumn.TargetNumber, null));
            }

            merged.AddRange(parts);
        }

        return merged;
    }

    /// <summary>Whether a row right under the header is a second header row: nothing but headings.</summary>
    public static bool IsSubHeader(LayoutRow row, FormTemplate template)
    {
        var cells = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();
        return cells.Length > 0 && cells.All(c => template.IndicatorColumns.Match(c.Key) is not null);
    }

    private static bool Holds(IndicatorColumn parent, IndicatorColumn part) =>
        parent == part || (parent == IndicatorColumn.Target && part is IndicatorColumn.TargetComparator or IndicatorColumn.TargetNumber or IndicatorColumn.TargetUnit);

    /// <summary>
    /// 指标值 is the figure of a split target only beside 指标性质 or 度量单位; alone it is the target. 指标性质 beside a
    /// target of its own column is no part of it (<see cref="TargetColumns"/>).
    /// </summary>
    private static List<HeaderColumn<IndicatorColumn>> Unsplit(List<HeaderColumn<IndicatorColumn>> columns)
    {
        var split = columns.Any(c => c.Role is IndicatorColumn.TargetComparator or IndicatorColumn.TargetUnit);
        var hasTarget = columns.Any(c => c.Role == IndicatorColumn.Target);
        return TargetColumns.Settled(split || hasTarget
            ? columns
            : columns.Select(c => c.Role == IndicatorColumn.TargetNumber ? c with { Role = IndicatorColumn.Target } : c).ToList());
    }
}
