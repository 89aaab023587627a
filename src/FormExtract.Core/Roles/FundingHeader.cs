using FormExtract.Core.Layout;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// The columns of the funding block as its header row names them (年初预算数, 全年预算数 …), or the layout's
/// order; and the reading of a funding row's figures against them.
/// </summary>
internal sealed class FundingHeader
{
    private static readonly FundingColumn[] MoneyColumns = [FundingColumn.InitialBudget, FundingColumn.AdjustedBudget, FundingColumn.Executed, FundingColumn.ExecutionRate];

    private readonly IReadOnlyList<HeaderColumn<FundingColumn>> _columns;

    /// <summary>The header's column over the row labels: the cell before its first heading of figures (null: no header).</summary>
    private readonly int? _labelColumn;

    /// <summary>
    /// The first column a row label may stand in: right of the block's own label where the header prints it, as the
    /// blank cell over the labels may be merged over more than one column; else the label column alone.
    /// </summary>
    private readonly int? _labelStart;

    /// <summary>
    /// Headings the block's rows leave blank at their start, where a row gives its figures without their empty cells
    /// (| rows, one cell per line): learnt from a row whose printed rate places its figures, for the rows after it.
    /// </summary>
    private readonly int _blankLeading;

    private FundingHeader(IReadOnlyList<HeaderColumn<FundingColumn>> columns, int? labelColumn, int? labelStart, int blankLeading = 0)
    {
        _columns = columns;
        _labelColumn = labelColumn;
        _labelStart = labelStart;
        _blankLeading = blankLeading;
    }

    public static FundingHeader FromLayout(FormTemplate template) =>
        new(template.FundingOrder.Select(r => new HeaderColumn<FundingColumn>(r, null)).ToArray(), null, null);

    /// <summary>Whether the row is the funding block's header: it names two of the budget, execution and rate columns.</summary>
    public static bool IsHeader(LayoutRow row, FormTemplate template)
    {
        var seen = 0;
        for (var at = 0; at < row.NonEmpty.Count; at++)
        {
            var cell = row.NonEmpty[at];
            if (template.FundingColumns.Match(cell.Key) is { } role && Array.IndexOf(MoneyColumns, role) >= 0)
            {
                seen |= 1 << (int)role;
            }
        }

        return System.Numerics.BitOperations.PopCount((uint)seen) >= 2;
    }

    /// <summary>The data columns of a header row; the heading over the row labels and the block's own label are not columns.</summary>
    public static FundingHeader FromRow(LayoutRow row, FormTemplate template)
    {
        var columns = new List<HeaderColumn<FundingColumn>>();
        foreach (var cell in row.NonEmpty.Where(c => !c.IsSpanCopy))
        {
            var key = cell.Key;
            if (template.FundingColumns.Match(key) is { } role && role != FundingColumn.RowLabel && template.Blocks[FormBlock.Funding].MatchLength(key) == 0)
            {
                columns.Add(new(role, cell.Column));
            }
        }

        var first = columns.Count > 0 ? columns[0].Column : null;
        var labelColumn = row.Cells.LastOrDefault(c => c.Column < first && !c.IsSpanCopy)?.Column;
        var blockLabel = row.NonEmpty.LastOrDefault(c => c.Column < labelColumn && !c.IsSpanCopy)?.Column;
        return new FundingHeader(columns, labelColumn, blockLabel + 1 ?? labelColumn);
    }

    /// <summary>
    /// The role of each cell right of the row's label: by column where the row lies on the header's grid (a cell
    /// under every heading), else in order, the first value under the first heading.
    /// </summary>
    public IReadOnlyList<TaggedCell> Tag(LayoutRow row, LayoutCell label)
    {
        var values = row.Cells.Where(c => c.Column > label.Column && !c.IsSpanCopy).ToArray();
        // On the header's grid: the row's label stands under the header's label column (a dump that dropped the
        // block's merged label shifts the row left, and padding may still fill every column).
        // A row that dropped its blank cells and was padded at its end fills every column too: its printed rate
        // then stands left of 执行率, and the row is read in order, as are the rows after one that showed it.
        var onGrid = _columns.Count > 0 && _blankLeading == 0 && label.Column >= _labelStart && label.Column <= _labelColumn
            && _columns.All(h => h.Column is { } column && column > label.Column && values.Any(v => v.Column == column))
            && RateUnderItsHeading(values);
        var skip = onGrid ? 0 : BlankLeading(values) ?? _blankLeading;
        var tagged = new List<TaggedCell>();
        for (var i = 0; i < values.Length; i++)
        {
            var column = onGrid ? At(values[i].Column) : i + skip < _columns.Count ? _columns[i + skip] : null;
            tagged.Add(new TaggedCell(values[i], column is { } c && !values[i].IsEmpty ? Role(c.Role) : CellRole.None));
        }

        return tagged;
    }

    /// <summary>The header as the rows after this one read it: with the blank headings this row's rate showed.</summary>
    public FundingHeader After(LayoutRow row, LayoutCell label) =>
        BlankLeading(Values(row, label)) is { } skip && skip != _blankLeading ? new(_columns, _labelColumn, _labelStart, skip) : this;

    private static LayoutCell[] Values(LayoutRow row, LayoutCell label) => row.Cells.Where(c => c.Column > label.Column && !c.IsSpanCopy).ToArray();

    /// <summary>
    /// How many leading headings a row read in order leaves blank: its one percentage stands under 执行率 when the
    /// figures before it are fewer than the headings before it, and the budget and execution that then fall under
    /// their headings give that rate (of the 全年预算数, or of the 年初预算数 where the layout takes that base).
    /// Null where the row does not show it.
    /// </summary>
    private int? BlankLeading(LayoutCell[] values)
    {
        var rate = -1;
        for (var i = 0; i < _columns.Count; i++)
        {
            rate = _columns[i].Role == FundingColumn.ExecutionRate ? i : rate;
        }

        var percents = Enumerable.Range(0, values.Length).Where(i => values[i].Key.EndsWith('%')).ToArray();
        if (rate < 0 || percents.Length != 1 || rate - percents[0] is not (> 0 and var skip)
            || RateParser.Parse(values[percents[0]].Text)?.Value is not { } printed)
        {
            return null;
        }

        decimal? Under(FundingColumn role)
        {
            var heading = Enumerable.Range(skip, percents[0]).FirstOrDefault(h => _columns[h].Role == role, -1);
            return heading < 0 ? null : NumberParser.Parse(values[heading - skip].Text)?.Value;
        }

        var executed = Under(FundingColumn.Executed);
        var holds = new[] { Under(FundingColumn.AdjustedBudget), Under(FundingColumn.InitialBudget) }
            .Any(budget => budget is > 0 && executed is { } e && Math.Abs((e / budget.Value) - printed) <= 0.0005m);
        return holds ? skip : null;
    }

    /// <summary>Whether the row's one percentage, if it prints one, stands under the 执行率 heading.</summary>
    private bool RateUnderItsHeading(LayoutCell[] values)
    {
        LayoutCell? percent = null;
        foreach (var value in values)
        {
            if (value.Key.EndsWith('%'))
            {
                if (percent is not null)
                {
                    return true;
                }

                percent = value;
            }
        }

        return percent is null || _columns.All(h => h.Role != FundingColumn.ExecutionRate || h.Column == percent.Column);
    }

    private HeaderColumn<FundingColumn>? At(int column)
    {
        foreach (var heading in _columns)
        {
            if (heading.Column == column)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>The role of a figure under a funding heading.</summary>
    public static CellRole Role(FundingColumn column) => column switch
    {
        FundingColumn.InitialBudget => CellRole.InitialBudget,
        FundingColumn.AdjustedBudget => CellRole.AdjustedBudget,
        FundingColumn.Executed => CellRole.Executed,
        FundingColumn.ExecutionRate => CellRole.ExecutionRate,
        FundingColumn.Weight => CellRole.FundingWeight,
        FundingColumn.Score => CellRole.FundingScore,
        _ => CellRole.Ignored,
    };
}
