namespace FormExtract.Core.Template;

/// <summary>The header fields a form prints as "label | value".</summary>
public enum HeaderField
{
    ProjectName,
    Department,
    ImplementingUnit,
    Grade,

    /// <summary>The total printed among the header fields (自评总分: 95) rather than on a 总分 row of its own.</summary>
    TotalScore,
}

/// <summary>The blocks of a form, each introduced by a label in its first column.</summary>
public enum FormBlock
{
    Funding,
    Goals,
    Indicators,
    Total,

    /// <summary>A block the contract has no place for (资金管理情况, 评价结论 …): read past with a warning.</summary>
    OutsideContract,
}

/// <summary>What a column of the funding block holds.</summary>
public enum FundingColumn
{
    InitialBudget,
    AdjustedBudget,
    Executed,
    ExecutionRate,
    Weight,
    Score,

    /// <summary>A column the contract has no place for (得分计算方法, 原因): its cells are skipped.</summary>
    Ignore,

    /// <summary>The heading over the row labels (年度预算数(万元)): not a column of figures.</summary>
    RowLabel,
}

/// <summary>Which slot of the contract's funding block a row goes to.</summary>
public enum FundingSlot
{
    Total,
    FiscalAppropriation,
    Carryover,
    Other,

    /// <summary>Any other source the form lists (财政专户管理资金, 中央补助 …): <c>funding.extraRows</c>.</summary>
    Extra,
}

/// <summary>What a column of the indicator table holds.</summary>
public enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    Target,

    /// <summary>The first part of a target split over three columns: 指标性质 (≥, =, 定性 …).</summary>
    TargetComparator,

    /// <summary>The figure of a split target: 指标值.</summary>
    TargetNumber,

    /// <summary>The unit of a split target: 度量单位.</summary>
    TargetUnit,
    Actual,
    Weight,
    Score,
    DeviationReason,

    /// <summary>A column the contract has no place for (得分计算方法, 备注): its cells are skipped.</summary>
    Ignore,

    /// <summary>
    /// A column that says how a criterion is scored (指标解释, 评分标准): skipped beside a target and a result, and
    /// the mark of a rubric where the table prints neither.
    /// </summary>
    Criteria,
}
