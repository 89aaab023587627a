namespace FormExtract.Core.Roles;

/// <summary>What a row of a form is, as the tagger found it.</summary>
public enum RowKind
{
    Blank,
    Title,

    /// <summary>项目名称, 主管部门, 实施单位 and the year.</summary>
    Header,
    FundingHeader,
    Funding,
    GoalsHeader,
    Goals,
    IndicatorHeader,
    Indicator,
    Total,

    /// <summary>A block's name on a row of its own (绩效指标, 年度总体目标).</summary>
    BlockLabel,

    /// <summary>A row of a block the contract has no place for (资金管理情况, 评价结论 …).</summary>
    OutsideContract,

    /// <summary>A row of a rubric: a criterion scored against its description, which the contract has no place for.</summary>
    Criterion,

    /// <summary>A row that fits no block of the form.</summary>
    Unplaced,
}
