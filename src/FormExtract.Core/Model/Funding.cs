using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>The funding block (项目资金) with the 分值/执行率/得分 of its total row (年度资金总额).</summary>
public sealed record Funding
{
    public string? Unit { get; init; }

    public FundingRow? Total { get; init; }

    public FundingRow? FiscalAppropriation { get; init; }

    public FundingRow? Carryover { get; init; }

    public FundingRow? Other { get; init; }

    /// <summary>Rows the four slots above do not hold (财政专户管理资金, 单位资金, 中央补助 …), in printed order (v1.1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FundingRow>? ExtraRows { get; init; }

    public NumberCell? Weight { get; init; }

    public NumberCell? ExecutionRate { get; init; }

    public NumberCell? Score { get; init; }

    public static Funding Empty { get; } = new();
}
