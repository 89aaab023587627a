namespace FormExtract.Synthetic.Grids;

/// <summary>What a column of a printed funding block holds.</summary>
internal enum FundingSlot
{
    Initial,
    Adjusted,
    Executed,
    Weight,
    Rate,
    Score,

    /// <summary>A column the contract has no place for (得分计算方法, 原因).</summary>
    Note,
}
