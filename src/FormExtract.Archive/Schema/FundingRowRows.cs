using FormExtract.Core.Model;

namespace FormExtract.Archive.Schema;

/// <summary>The funding block's rows with their JSON names: the four fixed slots, then the extra rows (v1.1) by index.</summary>
internal static class FundingRowRows
{
    public static IEnumerable<(string Path, FundingRow Row)> Slots(Funding funding)
    {
        (string, FundingRow?)[] fixedSlots =
        [
            ("total", funding.Total),
            ("fiscalAppropriation", funding.FiscalAppropriation),
            ("carryover", funding.Carryover),
            ("other", funding.Other),
        ];
        foreach (var (name, row) in fixedSlots)
        {
            if (row is not null)
            {
                yield return (name, row);
            }
        }

        var extra = funding.ExtraRows ?? [];
        for (var i = 0; i < extra.Count; i++)
        {
            yield return ($"extraRows/{i}", extra[i]);
        }
    }

    public static void AddTo(List<object?[]> rows, Form form)
    {
        var position = 0;
        foreach (var (path, row) in Slots(form.Funding))
        {
            var slot = path.StartsWith("extraRows/", StringComparison.Ordinal) ? "extra" : path;
            rows.Add([form.FormIndex, position++, slot, row.Label, row.InitialBudget?.Value, row.AdjustedBudget?.Value, row.Executed?.Value]);
        }
    }
}
