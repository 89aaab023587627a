using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>
/// The cell fields of a form, part by part, in reading order: the header, the funding rows and their figures, the
/// goals, each indicator, the totals. <see cref="FormCellMap"/> walks these tables, so a field is named in one place.
/// </summary>
internal static class FormSlots
{
    private static readonly CellSlots<FundingRow> RowCells = CellSlots<FundingRow>.Of(
        new("initialBudget", r => r.InitialBudget, (r, c) => r with { InitialBudget = (NumberCell)c }),
        new("adjustedBudget", r => r.AdjustedBudget, (r, c) => r with { AdjustedBudget = (NumberCell)c }),
        new("executed", r => r.Executed, (r, c) => r with { Executed = (NumberCell)c }));

    public static CellSlots<Form> Head { get; } = CellSlots<Form>.Of(
        new("projectName", f => f.ProjectName, (f, c) => f with { ProjectName = (TextCell)c }),
        new("department", f => f.Department, (f, c) => f with { Department = (TextCell)c }),
        new("implementingUnit", f => f.ImplementingUnit, (f, c) => f with { ImplementingUnit = (TextCell)c }));

    /// <summary>The named funding rows, each with its cells' paths.</summary>
    public static IReadOnlyList<(Func<Funding, FundingRow?> Get, Func<Funding, FundingRow, Funding> Set, CellSlots<FundingRow> Cells)> FundingRows { get; } =
    [
        (f => f.Total, (f, r) => f with { Total = r }, RowCells.Under("/funding/total")),
        (f => f.FiscalAppropriation, (f, r) => f with { FiscalAppropriation = r }, RowCells.Under("/funding/fiscalAppropriation")),
        (f => f.Carryover, (f, r) => f with { Carryover = r }, RowCells.Under("/funding/carryover")),
        (f => f.Other, (f, r) => f with { Other = r }, RowCells.Under("/funding/other")),
    ];

    public static IndexedCellSlots<FundingRow> ExtraRows { get; } = new("/funding/extraRows", RowCells);

    public static CellSlots<Funding> FundingFigures { get; } = CellSlots<Funding>.Of(
        new("weight", f => f.Weight, (f, c) => f with { Weight = (NumberCell)c }),
        new("executionRate", f => f.ExecutionRate, (f, c) => f with { ExecutionRate = (NumberCell)c }),
        new("score", f => f.Score, (f, c) => f with { Score = (NumberCell)c })).Under("/funding");

    public static CellSlots<Goals> Goals { get; } = CellSlots<Goals>.Of(
        new("expected", g => g.Expected, (g, c) => g with { Expected = (TextCell)c }),
        new("achieved", g => g.Achieved, (g, c) => g with { Achieved = (TextCell)c })).Under("/goals");

    public static IndexedCellSlots<Indicator> Indicators { get; } = new("/indicators", CellSlots<Indicator>.Of(
        new("name", x => x.Name, (x, c) => x with { Name = (TextCell)c }),
        new("target", x => x.Target, (x, c) => x with { Target = (MeasureCell)c }),
        new("actual", x => x.Actual, (x, c) => x with { Actual = (MeasureCell)c }),
        new("weight", x => x.Weight, (x, c) => x with { Weight = (NumberCell)c }),
        new("score", x => x.Score, (x, c) => x with { Score = (NumberCell)c }),
        new("deviationReason", x => x.DeviationReason, (x, c) => x with { DeviationReason = (TextCell)c })));

    public static CellSlots<Form> Tail { get; } = CellSlots<Form>.Of(
        new("totalWeight", f => f.TotalWeight, (f, c) => f with { TotalWeight = (NumberCell)c }),
        new("totalScore", f => f.TotalScore, (f, c) => f with { TotalScore = (NumberCell)c }),
        new("grade", f => f.Grade, (f, c) => f with { Grade = (TextCell)c }));
}
