namespace FormExtract.Synthetic.Grids;

/// <summary>What a column of a printed indicator table holds.</summary>
internal enum IndicatorSlot
{
    Level1,
    Level2,
    Name,
    Weight,
    Target,

    /// <summary>指标性质 of a split target: the comparator, or 定性.</summary>
    TargetComparator,

    /// <summary>指标值 of a split target.</summary>
    TargetNumber,

    /// <summary>度量单位 of a split target.</summary>
    TargetUnit,
    Actual,
    Score,
    Reason,

    /// <summary>得分计算方法: how the row is scored, which the contract has no place for.</summary>
    Method,
}
