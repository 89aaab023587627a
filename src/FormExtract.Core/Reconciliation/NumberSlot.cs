using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Reconciliation;

/// <summary>
/// One number cell of a form with its JSON Pointer and a way to put another cell in its place; rates
/// (执行率) are read as fractions, every other figure as a plain number.
/// </summary>
internal sealed record NumberSlot(string Path, NumberCell Cell, bool IsRate, Func<NumberCell, Form> Replace)
{
    /// <summary>Every number cell present on the form, in the order the form lays them out.</summary>
    public static IReadOnlyList<NumberSlot> Of(Form form)
    {
        var slots = new List<NumberSlot>();
        var funding = form.Funding;
        foreach (var (rowName, row) in FormCells.FundingRows(funding))
        {
            if (row is null)
            {
                continue;
            }

            Form WithRow(FundingRow changed) => rowName switch
            {
                "total" => form with { Funding = funding with { Total = changed } },
                "fiscalAppropriation" => form with { Funding = funding with { FiscalAppropriation = changed } },
                "carryover" => form with { Funding = funding with { Carryover = changed } },
                _ => form with { Funding = funding with { Other = changed } },
            };

            Add(slots, FormPaths.FundingCell(rowName, "initialBudget"), row.InitialBudget, c => WithRow(row with { InitialBudget = c }));
            Add(slots, FormPaths.FundingCell(rowName, "adjustedBudget"), row.AdjustedBudget, c => WithRow(row with { AdjustedBudget = c }));
            Add(slots, FormPaths.FundingCell(rowName, "executed"), row.Executed, c => WithRow(row with { Executed = c }));
        }

        Add(slots, FormPaths.FundingWeight, funding.Weight, c => form with { Funding = funding with { Weight = c } });
        Add(slots, FormPaths.FundingExecutionRate, funding.ExecutionRate, c => form with { Funding = funding with { ExecutionRate = c } }, isRate: true);
        Add(slots, FormPaths.FundingScore, funding.Score, c => form with { Funding = funding with { Score = c } });
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var index = i;
            var indicator = form.Indicators[i];
            Form WithIndicator(Indicator changed) => form with { Indicators = [.. form.Indicators.Select((x, j) => j == index ? changed : x)] };
            Add(slots, FormPaths.Indicator(i, "weight"), indicator.Weight, c => WithIndicator(indicator with { Weight = c }));
            Add(slots, FormPaths.Indicator(i, "score"), indicator.Score, c => WithIndicator(indicator with { Score = c }));
        }

        Add(slots, FormPaths.TotalWeight, form.TotalWeight, c => form with { TotalWeight = c });
        Add(slots, FormPaths.TotalScore, form.TotalScore, c => form with { TotalScore = c });
        return slots;
    }

    private static void Add(List<NumberSlot> slots, string path, NumberCell? cell, Func<NumberCell, Form> replace, bool isRate = false)
    {
        if (cell is not null)
        {
            slots.Add(new NumberSlot(path, cell, isRate, replace));
        }
    }
}
