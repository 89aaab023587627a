using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Reads the 项目资金 block. Each row is found by its label; its figures are the cells to the label's right,
/// in order: 年初预算数, 全年预算数, 全年执行数 and, on 年度资金总额, 分值, 执行率, 得分.
/// </summary>
internal sealed class FundingReader(CellFactory cells)
{
    private Funding _funding = Funding.Empty;

    public Funding Result => _funding;

    public static bool IsFundingRow(LayoutRow row) => Kind(row) is not null;

    public static string? UnitOf(LayoutRow row)
    {
        var block = row.NonEmpty.FirstOrDefault(c => Labels.Key(c).StartsWith(SelfEvaluationTemplate.FundingBlock, StringComparison.Ordinal));
        if (block is null)
        {
            return null;
        }

        var key = Labels.Key(block);
        return key.Contains("万元", StringComparison.Ordinal) ? "万元" : key.Contains('元', StringComparison.Ordinal) ? "元" : null;
    }

    public void Read(LayoutRow row)
    {
        if (Kind(row) is not var (label, kind))
        {
            return;
        }

        var values = row.Cells.Where(c => c.Column > label.Column && !c.IsSpanCopy).ToArray();
        LayoutCell? At(int i) => i < values.Length ? values[i] : null;
        var name = kind switch
        {
            FundingKind.Total => "total",
            FundingKind.Fiscal => "fiscalAppropriation",
            FundingKind.Carryover => "carryover",
            _ => "other",
        };
        var fundingRow = new FundingRow
        {
            Label = Normalization.TextNormalizer.Normalize(label.Text),
            InitialBudget = cells.Number(At(0), $"/funding/{name}/initialBudget"),
            AdjustedBudget = cells.Number(At(1), $"/funding/{name}/adjustedBudget"),
            Executed = cells.Number(At(2), $"/funding/{name}/executed"),
        };
        _funding = kind switch
        {
            FundingKind.Total => _funding with
            {
                Total = fundingRow,
                Weight = cells.Number(At(3), "/funding/weight"),
                ExecutionRate = cells.Rate(At(4), "/funding/executionRate"),
                Score = cells.Number(At(5), "/funding/score"),
            },
            FundingKind.Fiscal => _funding with { FiscalAppropriation = fundingRow },
            FundingKind.Carryover => _funding with { Carryover = fundingRow },
            _ => _funding with { Other = fundingRow },
        };
    }

    public void SetUnit(string unit) => _funding = _funding with { Unit = _funding.Unit ?? unit };

    private static (LayoutCell Label, FundingKind Kind)? Kind(LayoutRow row)
    {
        foreach (var cell in row.NonEmpty)
        {
            FundingKind? kind = cell switch
            {
                _ when Labels.IsAny(cell, SelfEvaluationTemplate.FundingTotalLabels) => FundingKind.Total,
                _ when Labels.IsAny(cell, SelfEvaluationTemplate.FiscalAppropriationLabels) => FundingKind.Fiscal,
                _ when Labels.IsAny(cell, SelfEvaluationTemplate.CarryoverLabels) => FundingKind.Carryover,
                _ when Labels.IsAny(cell, SelfEvaluationTemplate.OtherFundsLabels) => FundingKind.Other,
                _ => null,
            };
            if (kind is { } found)
            {
                return (cell, found);
            }
        }

        return null;
    }

    private enum FundingKind
    {
        Total,
        Fiscal,
        Carryover,
        Other,
    }
}
