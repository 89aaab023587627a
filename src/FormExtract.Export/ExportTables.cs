using FormExtract.Core.Model;

namespace FormExtract.Export;

/// <summary>
/// Documents as five tables that join: <c>forms</c> keyed by (document, form_index); <c>funding_rows</c>,
/// <c>indicators</c> and <c>findings</c> by the same pair plus their own index; <c>warnings</c> by document
/// (and form_index where the warning names a form). Figures are numbers, printed texts stay beside them.
/// </summary>
public static class ExportTables
{
    private static readonly Type Text = typeof(string);
    private static readonly Type Integer = typeof(int);
    private static readonly Type Number = typeof(decimal);
    private static readonly Type Flag = typeof(bool);

    public static IReadOnlyList<ExportTable> From(IReadOnlyList<ExportDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [Forms(documents), FundingRows(documents), Indicators(documents), Findings(documents), Warnings(documents)];
    }

    private static ExportTable Forms(IReadOnlyList<ExportDocument> documents) => new(
        "forms",
        Columns(("document", Text), ("form_index", Integer), ("source_path", Text), ("source_format", Text), ("sha256", Text), ("template", Text), ("form_type", Text),
            ("title", Text), ("fiscal_year", Integer), ("project_name", Text), ("department", Text), ("implementing_unit", Text), ("funding_unit", Text),
            ("funding_weight", Number), ("execution_rate", Number), ("execution_rate_text", Text), ("funding_score", Number), ("total_weight", Number), ("total_score", Number),
            ("grade", Text), ("truncated", Flag), ("indicator_count", Integer), ("finding_count", Integer), ("error_count", Integer)),
        [.. documents.SelectMany(d => d.Document.Forms.Select(f => new object?[]
        {
            d.Name, f.FormIndex, d.Document.Source.Path, Name(d.Document.Source.Format), d.Document.Source.Sha256, f.Template, f.FormType is { } type ? Name(type) : null,
            f.Title, f.FiscalYear, f.ProjectName?.Value, f.Department?.Value, f.ImplementingUnit?.Value, f.Funding.Unit,
            f.Funding.Weight?.Value, f.Funding.ExecutionRate?.Value, f.Funding.ExecutionRate?.Text, f.Funding.Score?.Value, f.TotalWeight?.Value, f.TotalScore?.Value,
            f.Grade?.Value, f.Truncated, f.Indicators.Count, f.Findings.Count, f.Findings.Count(x => x.Severity == Severity.Error),
        }))]);

    private static ExportTable FundingRows(IReadOnlyList<ExportDocument> documents) => new(
        "funding_rows",
        Columns(("document", Text), ("form_index", Integer), ("row_index", Integer), ("slot", Text), ("label", Text),
            ("initial_budget", Number), ("initial_budget_text", Text), ("adjusted_budget", Number), ("adjusted_budget_text", Text), ("executed", Number), ("executed_text", Text)),
        [.. documents.SelectMany(d => d.Document.Forms.SelectMany(f => Rows(f.Funding).Select((r, i) => new object?[]
        {
            d.Name, f.FormIndex, i, r.Slot, r.Row.Label,
            r.Row.InitialBudget?.Value, r.Row.InitialBudget?.Text, r.Row.AdjustedBudget?.Value, r.Row.AdjustedBudget?.Text, r.Row.Executed?.Value, r.Row.Executed?.Text,
        })))]);

    private static ExportTable Indicators(IReadOnlyList<ExportDocument> documents) => new(
        "indicators",
        Columns(("document", Text), ("form_index", Integer), ("indicator_index", Integer), ("level1", Text), ("level2", Text), ("name", Text),
            ("target_text", Text), ("target_comparator", Text), ("target_number", Number), ("target_unit", Text), ("target_qualitative", Text),
            ("actual_text", Text), ("actual_comparator", Text), ("actual_number", Number), ("actual_unit", Text), ("actual_qualitative", Text),
            ("weight", Number), ("score", Number), ("deviation_reason", Text)),
        [.. documents.SelectMany(d => d.Document.Forms.SelectMany(f => f.Indicators.Select((x, i) => new object?[]
        {
            d.Name, f.FormIndex, i, x.Level1, x.Level2, x.Name?.Value,
            x.Target?.Text, x.Target?.Value?.Comparator, x.Target?.Value?.Number, x.Target?.Value?.Unit, x.Target?.Value?.Qualitative,
            x.Actual?.Text, x.Actual?.Value?.Comparator, x.Actual?.Value?.Number, x.Actual?.Value?.Unit, x.Actual?.Value?.Qualitative,
            x.Weight?.Value, x.Score?.Value, x.DeviationReason?.Value,
        })))]);

    private static ExportTable Findings(IReadOnlyList<ExportDocument> documents) => new(
        "findings",
        Columns(("document", Text), ("form_index", Integer), ("finding_index", Integer), ("rule", Text), ("severity", Text), ("path", Text), ("stated", Text), ("expected", Text), ("message", Text)),
        [.. documents.SelectMany(d => d.Document.Forms.SelectMany(f => f.Findings.Select((x, i) => new object?[]
        {
            d.Name, f.FormIndex, i, x.Rule, Name(x.Severity), x.Path, x.Stated, x.Expected, x.Message,
        })))]);

    private static ExportTable Warnings(IReadOnlyList<ExportDocument> documents) => new(
        "warnings",
        Columns(("document", Text), ("warning_index", Integer), ("form_index", Integer), ("code", Text), ("path", Text), ("page", Integer), ("line", Integer), ("message", Text)),
        [.. documents.SelectMany(d => d.Document.Warnings.Select((w, i) => new object?[] { d.Name, i, w.Form, w.Code, w.Path, w.Page, w.Line, w.Message }))]);

    private static IEnumerable<(string Slot, FundingRow Row)> Rows(Funding funding)
    {
        foreach (var (slot, row) in new[] { ("total", funding.Total), ("fiscalAppropriation", funding.FiscalAppropriation), ("carryover", funding.Carryover), ("other", funding.Other) })
        {
            if (row is not null)
            {
                yield return (slot, row);
            }
        }

        foreach (var row in funding.ExtraRows ?? [])
        {
            yield return ("extra", row);
        }
    }

    private static ExportColumn[] Columns(params (string Name, Type Type)[] columns) => [.. columns.Select(c => new ExportColumn(c.Name, c.Type))];

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
