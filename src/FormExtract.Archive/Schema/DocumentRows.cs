using FormExtract.Core.Model;

namespace FormExtract.Archive.Schema;

/// <summary>
/// A document as rows of the archive's child tables (<see cref="ArchiveTables"/>): a pure function of the
/// document, so that SQLite and PostgreSQL store exactly the same rows.
/// </summary>
public static class DocumentRows
{
    public static IReadOnlyList<TableRows> From(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<object?[]> forms = [], funding = [], indicators = [], findings = [], warnings = [], cells = [];
        foreach (var form in document.Forms)
        {
            forms.Add(FormRow(form));
            FundingRowRows.AddTo(funding, form);
            for (var i = 0; i < form.Indicators.Count; i++)
            {
                indicators.Add(IndicatorRow(form.FormIndex, i, form.Indicators[i]));
            }

            for (var i = 0; i < form.Findings.Count; i++)
            {
                var f = form.Findings[i];
                findings.Add([form.FormIndex, i, f.Rule, SeverityName(f.Severity), f.Path, f.Stated, f.Expected, f.Message]);
            }

            CellRows.AddTo(cells, form);
        }

        for (var i = 0; i < document.Warnings.Count; i++)
        {
            var w = document.Warnings[i];
            warnings.Add([i, w.Code, w.Message, w.Form, w.Path, w.Page, w.Line]);
        }

        return
        [
            new(ArchiveTables.Forms, forms),
            new(ArchiveTables.FundingRows, funding),
            new(ArchiveTables.Indicators, indicators),
            new(ArchiveTables.Findings, findings),
            new(ArchiveTables.Warnings, warnings),
            new(ArchiveTables.Cells, cells),
        ];
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string FormatName(SourceFormat format) => format.ToString().ToLowerInvariant();

    private static object?[] FormRow(Form form)
    {
        var lines = form.Location?.Lines;
        string? formType = form.FormType switch
        {
            FormType.Project => "project",
            FormType.Department => "department",
            _ => null,
        };
        return
        [
            form.FormIndex, form.Template, formType, form.Title, form.Truncated, form.FiscalYear,
            form.ProjectName?.Value, form.Department?.Value, form.ImplementingUnit?.Value,
            lines is { Count: > 0 } ? lines[0] : null, lines is { Count: > 0 } ? lines[^1] : null, JsonColumns.Numbers(form.Location?.Pages),
            form.Funding.Unit, form.Funding.Weight?.Value, form.Funding.ExecutionRate?.Value, form.Funding.Score?.Value,
            form.Goals.Expected?.Value, form.Goals.Achieved?.Value, JsonColumns.Weights(form.GroupWeights),
            form.TotalWeight?.Value, form.TotalScore?.Value, form.Grade?.Value, form.Findings.Count,
        ];
    }

    private static object?[] IndicatorRow(int formIndex, int position, Indicator indicator) =>
    [
        formIndex, position, indicator.Level1, indicator.Level2, indicator.Name?.Value,
        indicator.Target?.Text, indicator.Target?.Value?.Comparator, indicator.Target?.Value?.Number, indicator.Target?.Value?.Unit, indicator.Target?.Value?.Qualitative,
        indicator.Actual?.Text, indicator.Actual?.Value?.Comparator, indicator.Actual?.Value?.Number, indicator.Actual?.Value?.Unit, indicator.Actual?.Value?.Qualitative,
        indicator.Weight?.Value, indicator.Score?.Value, indicator.DeviationReason?.Value,
    ];
}
