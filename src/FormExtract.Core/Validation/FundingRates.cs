using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation;

/// <summary>The execution rate of a funding block, unrounded, as the rules that need it compute it.</summary>
internal static class FundingRates
{
    /// <summary>
    /// 全年执行数 over the budget the layout divides by (全年预算数, or 年初预算数 on forms that print no other) of
    /// 年度资金总额; null when either is missing or the budget is zero.
    /// </summary>
    public static decimal? Computed(Funding funding, FormTemplate layout) =>
        funding.Total is { Executed.Value: { } executed } total && Base(total, layout)?.Value is { } budget
            ? Decimals.Ratio(executed, budget)
            : null;

    /// <summary>The computed rate where the figures allow, else the stated 执行率.</summary>
    public static decimal? Best(Funding funding, FormTemplate layout) => Computed(funding, layout) ?? funding.ExecutionRate?.Value;

    /// <summary>The budget cell the rate divides by.</summary>
    public static NumberCell? Base(FundingRow row, FormTemplate layout) =>
        layout.RateBase == FundingColumn.InitialBudget ? row.InitialBudget : row.AdjustedBudget;
}
