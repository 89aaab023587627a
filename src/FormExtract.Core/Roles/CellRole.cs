namespace FormExtract.Core.Roles;

/// <summary>What a cell of a form is: a field of the contract, a label, a fragment of a split cell, or noise.</summary>
public enum CellRole
{
    /// <summary>Nothing the contract holds: an empty cell, a span copy, text outside the form's fields.</summary>
    None,

    /// <summary>A word of the template: a row label, a column heading, a block's name.</summary>
    Label,
    Title,
    FiscalYear,
    ProjectName,
    Department,
    ImplementingUnit,
    Grade,

    /// <summary>The funding block's label, which may print its unit and its weight: 项目资金(万元), 预算执行情况(20分).</summary>
    FundingBlockLabel,
    FundingRowLabel,
    InitialBudget,
    AdjustedBudget,
    Executed,
    ExecutionRate,
    FundingWeight,
    FundingScore,
    GoalsExpected,
    GoalsAchieved,
    Level1,
    Level2,
    IndicatorName,
    Target,
    TargetComparator,
    TargetNumber,
    TargetUnit,
    Actual,
    IndicatorWeight,
    IndicatorScore,
    DeviationReason,

    /// <summary>A lone piece of an indicator's name that a line or page break split off its row.</summary>
    NameFragment,

    /// <summary>A lone piece of a 偏差原因 (or of any long cell) that a line or page break split off its row.</summary>
    ReasonFragment,

    /// <summary>A figure on a row without a label: the total's when the 总分 label was lost, else misplaced.</summary>
    UnlabelledFigure,

    /// <summary>A total label that prints the total's weight: 总分(100分).</summary>
    TotalWeightInLabel,
    TotalWeight,
    TotalScore,

    /// <summary>A cell in a column the contract has no place for (得分计算方法, 指标解释).</summary>
    Ignored,
}
