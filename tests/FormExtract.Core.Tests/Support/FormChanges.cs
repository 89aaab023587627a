using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Support;

/// <summary>Small edits of a built form, for tests that break one figure: <c>Some.Form().WithIndicator(1, i =&gt; i with { ... })</c>.</summary>
public static class FormChanges
{
    public static Form WithIndicator(this Form form, int index, Func<Indicator, Indicator> change)
    {
        var indicators = form.Indicators.ToArray();
        indicators[index] = change(indicators[index]);
        return form with { Indicators = indicators };
    }

    public static Form WithFunding(this Form form, Func<Funding, Funding> change) => form with { Funding = change(form.Funding) };

    public static Form WithTotalRow(this Form form, Func<FundingRow, FundingRow> change) =>
        form.WithFunding(f => f with { Total = change(f.Total!) });

    /// <summary>The 总分 row recomputed from the funding row and the indicators (null where a part is missing).</summary>
    public static Form WithConsistentTotals(this Form form)
    {
        decimal? weight = form.Funding.Weight?.Value;
        decimal? score = form.Funding.Score?.Value;
        foreach (var indicator in form.Indicators)
        {
            weight += indicator.Weight?.Value;
            score += indicator.Score?.Value;
        }

        return form with
        {
            TotalWeight = weight is { } w ? Some.Number(Decimals.Format(w)) : null,
            TotalScore = score is { } s ? Some.Number(Decimals.Format(s)) : null,
        };
    }

    /// <summary>The form as the pipeline hands it on: with the findings of every default rule.</summary>
    public static Form Validated(this Form form) => FormValidator.CreateDefault().Revalidate(form);
}
