using FormExtract.Core.Model;
using FormExtract.Core.Roles;

namespace FormExtract.Core.Forms;

/// <summary>The warnings a built form earns for what it lacks: funding, indicators, its end, a column, a place in the contract.</summary>
internal static class FormComplaints
{
    /// <summary>The warnings for what the form lacks; <paramref name="rubric"/>: its table is a rubric, whose rows were left out, not lost.</summary>
    public static void Add(Form form, TaggedForm tagged, IReadOnlyList<string> outside, FormWarnings warnings, bool startsCut, bool rubric = false)
    {
        var end = LastOrigin(tagged);
        if (form.Funding.Total is null)
        {
            warnings.Add("funding-missing", $"The form has no {tagged.Template.FundingTotalHeading} row.", "/funding", end);
        }

        if (!tagged.IndicatorHeaderSeen || form.Indicators.Count == 0)
        {
            warnings.Add("indicators-missing", rubric ? "The form's table is a rubric, not indicators with targets and results." : "The form has no indicator table: it may be cut off.", "/indicators", end);
        }

        if (startsCut)
        {
            warnings.Add("form-truncated", "The input starts inside this form: its beginning is cut off.", null, FirstOrigin(tagged));
        }
        else if (form.Truncated)
        {
            var where = end.Line is { } line ? $"line {line}" : end.Page is { } page ? $"page {page}" : "its last row";
            warnings.Add("form-truncated", $"The form ends at {where} before its {tagged.Template.TotalHeading} row: it is cut off.", "/totalScore", end);
        }

        if (form.Indicators.Count >= 3 && form.Indicators.All(i => i.Actual is null))
        {
            warnings.Add("empty-column", "The 实际完成值 column is empty on every indicator row.", "/indicators", end);
        }

        if (outside.Count > 0)
        {
            warnings.Add("outside-contract", $"Rows the contract has no place for were skipped: {string.Join(", ", outside.Select(o => o.Length <= 12 ? o : o[..12] + "…"))}.", null, end);
        }

        if (!tagged.Template.FullySupported)
        {
            warnings.Add("partial-layout", $"Layout '{tagged.Template.Id}' ({tagged.Template.Name}) is read in part: {tagged.Template.Unsupported}", null, FirstOrigin(tagged));
        }
    }

    private static CellOrigin LastOrigin(TaggedForm tagged) =>
        tagged.Rows.LastOrDefault(r => !r.Row.IsBlank) is { } row ? FormBuilder.FirstOrigin(row.Row) : CellOrigin.None;

    private static CellOrigin FirstOrigin(TaggedForm tagged) =>
        tagged.Rows.FirstOrDefault(r => !r.Row.IsBlank) is { } row ? FormBuilder.FirstOrigin(row.Row) : CellOrigin.None;
}
