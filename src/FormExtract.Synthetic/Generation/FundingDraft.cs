namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The funding block as the generator fills it in, before it becomes a <c>Funding</c>. The budget the execution
/// rate divides by is always <see cref="AmountRow.Adjusted"/> here; a layout that prints it as 年初预算数(A) says so
/// when the truth is built. Rows and figures a layout does not print are null.
/// </summary>
internal sealed record FundingDraft(
    string Unit,
    AmountRow Total,
    AmountRow? Fiscal,
    AmountRow? Carryover,
    AmountRow? Other,
    Printed? Weight,
    Printed Rate,
    Printed? Score)
{
    /// <summary>Source rows the four slots do not hold (财政专户管理资金, 中央补助 …), in printed order.</summary>
    public IReadOnlyList<AmountRow> Extra { get; init; } = [];

    /// <summary>全年执行数 / 全年预算数 of 年度资金总额, unrounded.</summary>
    public decimal TrueRate => Total.Executed!.Value / Total.Adjusted!.Value;

    /// <summary>The rows that add up to the total, in printed order.</summary>
    public IEnumerable<AmountRow> Parts => new[] { Fiscal, Carryover }.OfType<AmountRow>().Concat(Extra).Concat(new[] { Other }.OfType<AmountRow>());
}
