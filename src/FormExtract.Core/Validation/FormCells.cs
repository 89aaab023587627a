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

    /// <summary>
    /// The number and measure cells that are present and that <paramref name="keep"/> picks, with their paths, in reading
    /// order. Paths are written only for the cells picked: a rule looks at every figure of every form and picks few.
    /// </summary>
    public static IReadOnlyList<(string Path, Cell Cell)> Figures(Form form, Func<Cell, bool> keep)
    {
        var figures = new List<(string, Cell)>();
        void Add(Cell? cell, Func<string> path)
        {
            if (cell is not null && keep(cell))
            {
                figures.Add((path(), cell));
            }
        }

        foreach (var (rowName, row) in FundingRows(form.Funding))
        {
            if (row is not null)
            {
                Add(row.InitialBudget, () => FormPaths.FundingCell(rowName, "initialBudget"));
                Add(row.AdjustedBudget, () => FormPaths.FundingCell(rowName, "adjustedBudget"));
                Add(row.Executed, () => FormPaths.FundingCell(rowName, "executed"));
            }

            if (rowName == "total")
            {
                // 分值, 执行率 and 得分 sit on the 年度资金总额 row, after its money columns.
                Add(form.Funding.Weight, () => FormPaths.FundingWeight);
                Add(form.Funding.ExecutionRate, () => FormPaths.FundingExecutionRate);
                Add(form.Funding.Score, () => FormPaths.FundingScore);
            }
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var (index, indicator) = (i, form.Indicators[i]);
            Add(indicator.Target, () => FormPaths.Indicator(index, "target"));
            Add(indicator.Actual, () => FormPaths.Indicator(index, "actual"));
            Add(indicator.Weight, () => FormPaths.Indicator(index, "weight"));
            Add(indicator.Score, () => FormPaths.Indicator(index, "score"));
        }

        Add(form.TotalWeight, () => FormPaths.TotalWeight);
        Add(form.TotalScore, () => FormPaths.TotalScore);
        return figures;
    }
}
