using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Review;

/// <summary>
/// A cell slot named as the form names it, for people: the row's label and the column's heading in the
/// layout's own words (年度资金总额 · 全年执行数, 服务人次 · 实际完成值), taken from the layout description.
/// </summary>
public static class CellLabels
{
    public static string Of(FormTemplate layout, Form form, string path)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.TrimStart('/').Split('/');
        return parts switch
        {
            ["projectName"] => Word(layout.Header[HeaderField.ProjectName].First, path),
            ["department"] => Word(layout.Header[HeaderField.Department].First, path),
            ["implementingUnit"] => Word(layout.Header[HeaderField.ImplementingUnit].First, path),
            ["grade"] => layout.GradeHeading,
            ["goals", "expected"] => Word(layout.GoalsExpected.First, path),
            ["goals", "achieved"] => Word(layout.GoalsAchieved.First, path),
            ["totalWeight"] => $"{layout.TotalHeading} · {layout.Heading(IndicatorColumn.Weight)}",
            ["totalScore"] => $"{layout.TotalHeading} · {layout.Heading(IndicatorColumn.Score)}",
            ["funding", "weight"] => $"{layout.FundingTotalHeading} · {layout.Heading(FundingColumn.Weight)}",
            ["funding", "executionRate"] => $"{layout.FundingTotalHeading} · {layout.Heading(FundingColumn.ExecutionRate)}",
            ["funding", "score"] => $"{layout.FundingTotalHeading} · {layout.Heading(FundingColumn.Score)}",
            ["funding", "extraRows", var i, .. var rest] => Join(Extra(form, i), rest, layout),
            ["funding", var row, .. var rest] => Join(FundingLabel(form, layout, row), rest, layout),
            ["indicators", var i, .. var rest] => Join(IndicatorName(form, i), rest, layout),
            _ => path,
        };
    }

    /// <summary>The heading of a funding column (initialBudget …) or an indicator field (target …) in the layout's words.</summary>
    public static string Heading(FormTemplate layout, string field)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return field switch
        {
            "initialBudget" => layout.Heading(FundingColumn.InitialBudget),
            "adjustedBudget" => layout.Heading(FundingColumn.AdjustedBudget),
            "executed" => layout.Heading(FundingColumn.Executed),
            "level1" => layout.Heading(IndicatorColumn.Level1),
            "level2" => layout.Heading(IndicatorColumn.Level2),
            "name" => layout.Heading(IndicatorColumn.Name),
            "target" => layout.Heading(IndicatorColumn.Target),
            "actual" => layout.Heading(IndicatorColumn.Actual),
            "weight" => layout.Heading(IndicatorColumn.Weight),
            "score" => layout.Heading(IndicatorColumn.Score),
            "deviationReason" => layout.Heading(IndicatorColumn.DeviationReason),
            _ => field,
        };
    }

    private static string Join(string row, string[] rest, FormTemplate layout) =>
        rest.Length == 0 ? row : $"{row} · {Heading(layout, rest[0])}";

    private static string FundingLabel(Form form, FormTemplate layout, string row)
    {
        var found = row switch
        {
            "total" => form.Funding.Total,
            "fiscalAppropriation" => form.Funding.FiscalAppropriation,
            "carryover" => form.Funding.Carryover,
            "other" => form.Funding.Other,
            _ => null,
        };
        var slot = row switch
        {
            "total" => FundingSlot.Total,
            "fiscalAppropriation" => FundingSlot.FiscalAppropriation,
            "carryover" => FundingSlot.Carryover,
            _ => FundingSlot.Other,
        };
        return found?.Label ?? layout.FundingRows[slot].First ?? row;
    }

    private static string Extra(Form form, string index) =>
        int.TryParse(index, out var i) && form.Funding.ExtraRows is { } rows && i < rows.Count ? rows[i].Label : index;

    private static string IndicatorName(Form form, string index) =>
        int.TryParse(index, out var i) && i < form.Indicators.Count ? form.Indicators[i].Name?.Value ?? $"#{i + 1}" : index;

    private static string Word(string? word, string path) => word ?? path;
}
