using System.Globalization;
using FormExtract.Core.Model;

namespace FormExtract.Archive.Schema;

/// <summary>
/// Every cell of a form as a <c>cells</c> row: its JSON Pointer (the one findings use), kind, text as printed,
/// normalised value, and where it came from (page, line, box, OCR confidence).
/// </summary>
internal static class CellRows
{
    private static readonly (string Name, Func<FundingRow, NumberCell?> Cell)[] FundingColumns =
    [
        ("initialBudget", r => r.InitialBudget),
        ("adjustedBudget", r => r.AdjustedBudget),
        ("executed", r => r.Executed),
    ];

    public static void AddTo(List<object?[]> rows, Form form)
    {
        Add(rows, form, "/projectName", form.ProjectName);
        Add(rows, form, "/department", form.Department);
        Add(rows, form, "/implementingUnit", form.ImplementingUnit);
        foreach (var (path, row) in FundingRowRows.Slots(form.Funding))
        {
            foreach (var (name, cell) in FundingColumns)
            {
                Add(rows, form, $"/funding/{path}/{name}", cell(row));
            }
        }

        Add(rows, form, "/funding/weight", form.Funding.Weight);
        Add(rows, form, "/funding/executionRate", form.Funding.ExecutionRate);
        Add(rows, form, "/funding/score", form.Funding.Score);
        Add(rows, form, "/goals/expected", form.Goals.Expected);
        Add(rows, form, "/goals/achieved", form.Goals.Achieved);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var indicator = form.Indicators[i];
            Add(rows, form, $"/indicators/{i}/name", indicator.Name);
            Add(rows, form, $"/indicators/{i}/target", indicator.Target);
            Add(rows, form, $"/indicators/{i}/actual", indicator.Actual);
            Add(rows, form, $"/indicators/{i}/weight", indicator.Weight);
            Add(rows, form, $"/indicators/{i}/score", indicator.Score);
            Add(rows, form, $"/indicators/{i}/deviationReason", indicator.DeviationReason);
        }

        Add(rows, form, "/totalWeight", form.TotalWeight);
        Add(rows, form, "/totalScore", form.TotalScore);
        Add(rows, form, "/grade", form.Grade);
    }

    private static void Add(List<object?[]> rows, Form form, string path, Cell? cell)
    {
        if (cell is null)
        {
            return;
        }

        var (kind, value, number) = cell switch
        {
            NumberCell n => ("number", n.Value?.ToString(CultureInfo.InvariantCulture), n.Value),
            MeasureCell m => ("measure", m.Value is { } measure ? MeasureText(measure) : null, m.Value?.Number),
            TextCell t => ("text", t.Value, (decimal?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name, "Unknown kind of cell."),
        };
        var bbox = cell.Bbox is { Count: > 0 } box ? JsonColumns.Numbers(box) : null;
        rows.Add([form.FormIndex, path, kind, cell.Text, value, number, cell.Confidence, cell.Page, cell.Line, bbox]);
    }

    /// <summary>A measure's value as one readable text: <c>&gt;=3000人次</c>, or the qualitative word.</summary>
    public static string MeasureText(Measure measure) => measure.Number is { } number
        ? $"{measure.Comparator}{number.ToString(CultureInfo.InvariantCulture)}{measure.Unit}"
        : measure.Qualitative ?? string.Empty;
}
