using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>
/// The cell fields of a form, part by part, in reading order: the header, the funding rows and their figures, the
/// goals, each indicator, the totals. <see cref="FormCellMap"/> walks these tables, so a field is named in one place.
/// </summary>
internal static class FormSlots
{
    private static readonly CellSlots<FundingRow> RowCells = CellSlots<FundingRow>.Of(
        (r, c) => r with { InitialBudget = (NumberCell?)c[0], AdjustedBudget = (NumberCell?)c[1], Executed = (NumberCell?)c[2] },
        new("initialBudget", r => r.InitialBudget),
        new("adjustedBudget", r => r.AdjustedBudget),
        new("executed", r => r.Executed));

    public static CellSlots<Form> Head { get; } = CellSlots<Form>.Of(
        (f, c) => f with { ProjectName = (TextCell?)c[0], Department = (TextCell?)c[1], ImplementingUnit = (TextCell?)c[2] },
        new("projectName", f => f.ProjectName),
        new("department", f => f.Department),
        new("implementingUnit", f => f.ImplementingUnit));

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
        (f, c) => f with { Weight = (NumberCell?)c[0], ExecutionRate = (NumberCell?)c[1], Score = (NumberCell?)c[2] },
        new("weight", f => f.Weight),
        new("executionRate", f => f.ExecutionRate),
        new("score", f => f.Score)).Under("/funding");

    public static CellSlots<Goals> Goals { get; } = CellSlots<Goals>.Of(
        (g, c) => g with { Expected = (TextCell?)c[0], Achieved = (TextCell?)c[1] },
        new("expected", g => g.Expected),
        new("achieved", g => g.Achieved)).Under("/goals");

    public static IndexedCellSlots<Indicator> Indicators { get; } = new("/indicators", CellSlots<Indicator>.Of(
        (x, c) => x with
        {
            Name = (TextCell?)c[0], Target = (MeasureCell?)c[1], Actual = (MeasureCell?)c[2],
            Weight = (NumberCell?)c[3], Score = (NumberCell?)c[4], DeviationReason = (TextCell?)c[5],
        },
        new("name", x => x.Name),
        new("target", x => x.Target),
        new("actual", x => x.Actual),
        new("weight", x => x.Weight),
        new("score", x => x.Score),
        new("deviationReason", x => x.DeviationReason)));

    public static CellSlots<Form> Tail { get; } = CellSlots<Form>.Of(
        (f, c) => f with { TotalWeight = (NumberCell?)c[0], TotalScore = (NumberCell?)c[1], Grade = (TextCell?)c[2] },
        new("totalWeight", f => f.TotalWeight),
        new("totalScore", f => f.TotalScore),
        new("grade", f => f.Grade));
}
