using FormExtract.Core.Model;

namespace FormExtract.Report;

/// <summary>A form in the report: its number in the batch (1-based, its page's name), its document and itself.</summary>
internal sealed record ReportedForm(int Number, ReportInput Input, Form Form)
{
    public string PageName => $"{Number:00000}.html";

    public string Project => Form.ProjectName?.Value ?? Form.Title ?? $"{Input.Name} #{Form.FormIndex}";

    /// <summary>The document's extraction warnings that concern this form: its own, and the document's own (no form).</summary>
    public IEnumerable<ExtractionWarning> Warnings => Input.Document.Warnings.Where(w => w.Form is null || w.Form == Form.FormIndex);
}
