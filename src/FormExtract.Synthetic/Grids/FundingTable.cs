using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Grids;

/// <summary>
/// Writes a funding block's rows under their headings: the total with its 分值/执行率/得分, the source rows with
/// what the layout prints in those columns instead (— or /, a blank, or the source's own rate).
/// </summary>
internal sealed class FundingTable(IReadOnlyList<(FundingSlot Slot, int Column, int Span)> columns, int labelColumn, int labelSpan)
{
    /// <summary>What a source row prints under 分值 and 得分.</summary>
    public string PartMark { get; init; } = string.Empty;

    /// <summary>What a source row prints in a money column it leaves empty (- in some forms).</summary>
    public string BlankMark { get; init; } = string.Empty;

    /// <summary>Whether a source row prints its own execution rate.</summary>
    public bool PartRates { get; init; }

    /// <summary>The text of the total row's note column (得分计算方法, 原因), merged down the block.</summary>
    public string? Note { get; init; }

    /// <summary>The heading row; <paramref name="labelHeading"/> null where the block's label stands over the row labels.</summary>
    public void Headings(GridWriter writer, GridCell blockLabel, string? labelHeading, IReadOnlyDictionary<FundingSlot, string> headings) =>
        writer.Row(
        [
            blockLabel,
            .. labelHeading is not null ? [GridWriter.Label(labelHeading, labelColumn, labelSpan)] : Array.Empty<GridCell>(),
            .. columns.Select(c => GridWriter.Label(headings[c.Slot], c.Column, c.Span)),
        ]);

    /// <summary>The rows of the block: the total first, then the sources in printed order.</summary>
    public void Rows(GridWriter writer, Form form, IReadOnlyList<(string Path, FundingRow Row)> parts, GridCell? firstCell = null)
    {
        var funding = form.Funding;
        Row(writer, form, "/funding/total", funding.Total!, total: true, parts.Count + 1, firstCell);
        foreach (var (path, row) in parts)
        {
            Row(writer, form, path, row, total: false, 0, null);
        }
    }

    private void Row(GridWriter writer, Form form, string path, FundingRow row, bool total, int noteSpan, GridCell? firstCell)
    {
        var cells = new List<GridCell>();
        if (firstCell is not null)
        {
            cells.Add(firstCell);
        }

        cells.Add(GridWriter.Label(row.Label, labelColumn, labelSpan, field: path));
        foreach (var (slot, column, span) in columns)
        {
            GridCell Value(string? text, string? field) => GridWriter.Value(text, column, field, span);
            GridCell Money(NumberCell? cell, string field) => total || cell is not null ? Value(cell?.Text, field) : Value(BlankMark, null);
            switch (slot)
            {
                case FundingSlot.Initial:
                    cells.Add(Money(row.InitialBudget, path + "/initialBudget"));
                    break;
                case FundingSlot.Adjusted:
                    cells.Add(Money(row.AdjustedBudget, path + "/adjustedBudget"));
                    break;
                case FundingSlot.Executed:
                    cells.Add(Money(row.Executed, path + "/executed"));
                    break;
                case FundingSlot.Weight:
                    cells.Add(total ? Value(form.Funding.Weight?.Text, "/funding/weight") : Value(PartMark, null));
                    break;
                case FundingSlot.Score:
                    cells.Add(total ? Value(form.Funding.Score?.Text, "/funding/score") : Value(PartMark, null));
                    break;
                case FundingSlot.Rate:
                    cells.Add(total ? Value(form.Funding.ExecutionRate?.Text, "/funding/executionRate") : Value(PartRates ? RateOf(row) : null, null));
                    break;
                case FundingSlot.Note when total:
                    cells.Add(GridWriter.Value(Note, column, null, span, rowSpan: noteSpan, left: true));
                    break;
                default:
                    break;
            }
        }

        writer.Row([.. cells]);
    }

    /// <summary>A source's own rate as the form prints it: 100.00%, 0.00% for an empty source, blank without figures.</summary>
    private static string? RateOf(FundingRow row)
    {
        if (row.Executed?.Value is not { } executed || (row.AdjustedBudget ?? row.InitialBudget)?.Value is not { } budget)
        {
            return null;
        }

        return budget == 0m ? "0.00%" : Figures.Percent(Generation.Scoring.StatedRate(executed, budget)).Text;
    }
}
