namespace FormExtract.Synthetic.Generation;

/// <summary>The funding block as the generator fills it in, before it becomes a <c>Funding</c>.</summary>
internal sealed record FundingDraft(
    string Unit,
    AmountRow Total,
    AmountRow Fiscal,
    AmountRow Carryover,
    AmountRow Other,
    Printed Weight,
    Printed Rate,
    Printed Score)
{
    /// <summary>全年执行数 / 全年预算数 of 年度资金总额, unrounded.</summary>
    public decimal TrueRate => Total.Executed!.Value / Total.Adjusted!.Value;
}
