using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>funding-breakdown</c>: in each money column, 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金 (and the other
/// sources, on layouts whose sources all add up to the total).
/// Blank parts count 0; a column whose parts are all blank, or whose total is blank, is skipped, and so is the
/// whole block where a part holds a figure that could not be read.
/// </summary>
public sealed class FundingBreakdownRule : IValidationRule
{
    public string Id => "funding-breakdown";

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        var funding = form.Funding;
        // Other sources whose relation to the total the layout does not state (a second breakdown by kind of
        // spending, say) leave the sum open.
        if (funding.Total is not { } total || (funding.ExtraRows is { Count: > 0 } && !layout.ExtraRowsAddUp))
        {
            return [];
        }

        FundingRow?[] parts = [funding.FiscalAppropriation, funding.Carryover, funding.Other, .. layout.ExtraRowsAddUp ? funding.ExtraRows ?? [] : []];
        // A part printed with a figure that could not be read (figures run together) leaves every sum open; a mark
        // printed for no value (—) is a blank.
        if (FormCells.FundingColumns(layout).Any(c => parts.Any(p => p is not null && c.Cell(p) is { Value: null, Text.Length: > 0 } cell
            && !layout.NoValueMarks.Contains(cell.Text.Trim(), StringComparer.Ordinal))))
        {
            return [];
        }

        var findings = new List<Finding>();
        foreach (var (column, heading, cellOf) in FormCells.FundingColumns(layout))
        {
            if (cellOf(total) is not { Value: { } stated } totalCell)
            {
                continue;
            }

            var values = parts.Select(p => p is null ? null : cellOf(p)?.Value).ToArray();
            if (values.All(v => v is null))
            {
                continue;
            }

            var expected = values.Sum(v => v ?? 0m);
            if (Decimals.Differ(stated, expected))
            {
                var labels = string.Join(" + ", parts.OfType<FundingRow>().Select(p => p.Label));
                findings.Add(new Finding(
                    Id,
                    Severity.Error,
                    FormPaths.FundingCell("total", column),
                    totalCell.Text,
                    Decimals.Format(expected),
                    $"{heading} {totalCell.Text} of {total.Label} is not the sum of {labels} = {Decimals.Format(expected)}"));
            }
        }

        return findings;
    }
}
