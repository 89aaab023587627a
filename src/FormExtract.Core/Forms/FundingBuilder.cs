using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Builds the funding block from its tagged rows: each row to its slot (the first row of a slot wins; rows of
/// other sources to <c>extraRows</c>), the unit and a printed weight from the block's label.
/// </summary>
internal sealed class FundingBuilder(CellFactory cells)
{
    private readonly List<TaggedRow> _rows = [];
    private readonly List<LayoutCell> _blockLabels = [];

    /// <summary>A label of the block (项目资金(万元), 预算执行情况(20分)), wherever the form printed it.</summary>
    public void AddLabel(LayoutCell label) => _blockLabels.Add(label);

    public void Add(TaggedRow row) => _rows.Add(row);

    /// <summary>Funding rows left out because the block printed more than one funding table.</summary>
    public int RowsOfOtherTables { get; private set; }

    /// <summary>Where the second funding table starts, when there is one.</summary>
    public CellOrigin? OtherTablesAt { get; private set; }

    public Funding Build()
    {
        var unit = _blockLabels.Select(c => FundingUnits.Of(c.Text)).FirstOrDefault(u => u is not null)
            ?? _rows.Select(r => r.First(CellRole.FundingRowLabel)).OfType<LayoutCell>().Select(c => FundingUnits.InBrackets(c.Text)).FirstOrDefault(u => u is not null);
        var funding = new Funding { Unit = unit };
        var extra = new List<FundingRow>();
        var filled = new bool[Enum.GetValues<FundingSlot>().Length];
        foreach (var row in SingleTable())
        {
            if (row.Slot is not { } slot || row.First(CellRole.FundingRowLabel) is not { } label || (slot != FundingSlot.Extra && filled[(int)slot]))
            {
                continue;
            }

            filled[(int)slot] = true;
            var name = slot switch
            {
                FundingSlot.Total => "total",
                FundingSlot.FiscalAppropriation => "fiscalAppropriation",
                FundingSlot.Carryover => "carryover",
                FundingSlot.Other => "other",
                _ => $"extraRows/{extra.Count}",
            };
            var fundingRow = new FundingRow
            {
                Label = cells.Value(label.Text),
                InitialBudget = cells.Money(row.First(CellRole.InitialBudget), $"/funding/{name}/initialBudget", unit),
                AdjustedBudget = cells.Money(row.First(CellRole.AdjustedBudget), $"/funding/{name}/adjustedBudget", unit),
                Executed = cells.Money(row.First(CellRole.Executed), $"/funding/{name}/executed", unit),
            };
            funding = slot switch
            {
                FundingSlot.Total => funding with
                {
                    Total = fundingRow,
                    Weight = cells.Number(row.First(CellRole.FundingWeight), "/funding/weight"),
                    ExecutionRate = cells.Rate(row.First(CellRole.ExecutionRate), "/funding/executionRate"),
                    Score = cells.Number(row.First(CellRole.FundingScore), "/funding/score"),
                },
                FundingSlot.FiscalAppropriation => funding with { FiscalAppropriation = fundingRow },
                FundingSlot.Carryover => funding with { Carryover = fundingRow },
                FundingSlot.Other => funding with { Other = fundingRow },
                _ => funding,
            };
            if (slot == FundingSlot.Extra)
            {
                extra.Add(fundingRow);
            }
        }

        // A weight printed only in the block's label (预算执行情况(万元)(20分)) is the block's weight.
        var weight = funding.Weight ?? _blockLabels.Select(cells.Points).FirstOrDefault(p => p is not null);
        return funding with { Weight = funding.Total is null ? funding.Weight : weight, ExtraRows = extra.Count > 0 ? extra : null };
    }

    /// <summary>
    /// The rows of the form's own funding table. A block that prints a second total holds the breakdowns of
    /// several funds (a transfer payment's sub-funds, each with its own 年度预算资金总额), of which the contract
    /// has room for one: the first table is kept.
    /// </summary>
    private List<TaggedRow> SingleTable()
    {
        var totals = _rows.Select((r, i) => (r, i)).Where(p => p.r.Slot == FundingSlot.Total && p.r.First(CellRole.FundingRowLabel) is not null).Select(p => p.i).ToList();
        if (totals.Count < 2)
        {
            return _rows;
        }

        // Breakdown rows before the first total read mean the block's own total was not read: the tables that
        // follow are sub-funds', and none of them is the form's funding.
        var orphans = _rows.Take(totals[0]).Any(static r => r.Slot is FundingSlot.Extra or FundingSlot.FiscalAppropriation);
        var kept = orphans ? [] : _rows.Take(totals[1]).ToList();
        RowsOfOtherTables = _rows.Count - kept.Count;
        OtherTablesAt = (orphans ? _rows.Select(static r => r.First(CellRole.FundingRowLabel)).OfType<LayoutCell>().First() : _rows[totals[1]].First(CellRole.FundingRowLabel)!).Origin;
        return kept;
    }
}
