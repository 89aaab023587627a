using FormExtract.Core.Model;

namespace FormExtract.Core.Validation;

/// <summary>The execution rate of a funding block, unrounded, as the rules that need it compute it.</summary>
internal static class FundingRates
{
    /// <summary>全年执行数 / 全年预算数 of 年度资金总额; null when either is missing or the budget is zero.</summary>
    public static decimal? Computed(Funding funding) =>
        funding.Total is { Executed.Value: { } executed, AdjustedBudget.Value: { } budget }
            ? Decimals.Ratio(executed, budget)
            : null;

    /// <summary>The computed rate where the figures allow, else the stated 执行率.</summary>
    public static decimal? Best(Funding funding) => Computed(funding) ?? funding.ExecutionRate?.Value;
}
