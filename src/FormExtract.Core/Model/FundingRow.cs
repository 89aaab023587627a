namespace FormExtract.Core.Model;

/// <summary>One row of the 项目资金 block: 年初预算数, 全年预算数, 全年执行数.</summary>
public sealed record FundingRow
{
    public required string Label { get; init; }

    public NumberCell? InitialBudget { get; init; }

    public NumberCell? AdjustedBudget { get; init; }

    public NumberCell? Executed { get; init; }
}
