using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation;

/// <summary>The cells of a form with their JSON Pointers, in the order the form lays them out.</summary>
internal static class FormCells
{
    /// <summary>The rows of the funding block with their JSON names, total first, then the other sources.</summary>
    public static IReadOnlyList<(string Name, FundingRow? Row)> FundingRows(Funding funding) =>
    [
        ("total", funding.Total),
        ("fiscalAppropriation", funding.FiscalAppropriation),
        ("carryover", funding.Carryover),
        ("other", funding.Other),
        .. (funding.ExtraRows ?? []).Select((row, i) => ($"extraRows/{i}", (FundingRow?)row)),
    ];

    /// <summary>The three money columns of a funding row with their JSON names and the layout's headings.</summary>
    public static IReadOnlyList<(string Name, string Heading, Func<FundingRow, NumberCell?> Cell)> FundingColumns(FormTemplate layout) =>
    [
        ("initialBudget", layout.Heading(FundingColumn.InitialBudget), r => r.InitialBudget),
        ("adjustedBudget", layout.Heading(FundingColumn.AdjustedBudget), r => r.AdjustedBudget),
        ("executed", layout.Heading(FundingColumn.Executed), r => r.Executed),
    ];

    /// <summary>Every number and measure cell that is present, with its path, in reading order.</summary>
    public static IEnumerable<(string Path, Cell Cell)> Figures(Form form)
    {
        var cells = new List<(string, Cell?)>();
        foreach (var (rowName, row) in FundingRows(form.Funding))
        {
            if (row is not null)
            {
                cells.Add((FormPaths.FundingCell(rowName, "initialBudget"), row.InitialBudget));
                cells.Add((FormPaths.FundingCell(rowName, "adjustedBudget"), row.AdjustedBudget));
                cells.Add((FormPaths.FundingCell(rowName, "executed"), row.Executed));
            }

            if (rowName == "total")
            {
                // 分值, 执行率 and 得分 sit on the 年度资金总额 row, after its money columns.
                cells.Add((FormPaths.FundingWeight, form.Funding.Weight));
                cells.Add((FormPaths.FundingExecutionRate, form.Funding.ExecutionRate));
                cells.Add((FormPaths.FundingScore, form.Funding.Score));
            }
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            cells.Add((FormPaths.Indicator(i, "target"), indicator.Target));
            cells.Add((FormPaths.Indicator(i, "actual"), indicator.Actual));
            cells.Add((FormPaths.Indicator(i, "weight"), indicator.Weight));
            cells.Add((FormPaths.Indicator(i, "score"), indicator.Score));
        }

        cells.Add((FormPaths.TotalWeight, form.TotalWeight));
        cells.Add((FormPaths.TotalScore, form.TotalScore));
        return cells.Where(c => c.Item2 is not null).Select(c => (c.Item1, c.Item2!)).ToArray();
    }
}
