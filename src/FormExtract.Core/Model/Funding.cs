namespace FormExtract.Core.Model;

/// <summary>The 项目资金 block with the 分值/执行率/得分 of its 年度资金总额 row.</summary>
public sealed record Funding
{
    public string? Unit { get; init; }

    public FundingRow? Total { get; init; }

    public FundingRow? FiscalAppropriation { get; init; }

    public FundingRow? Carryover { get; init; }

    public FundingRow? Other { get; init; }

    public NumberCell? Weight { get; init; }

    public NumberCell? ExecutionRate { get; init; }

    public NumberCell? Score { get; init; }

    public static Funding Empty { get; } = new();
}
