using System.Globalization;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Review;
using FormExtract.Core.Template;

namespace FormExtract.Report;

/// <summary>
/// The batch summary (<c>index.html</c>): counts, findings by rule and severity, by department and by year
/// (tables with bar charts), every form and every finding in sortable tables linking to the form pages,
/// the extraction warnings, and the report's own problems (sources not found). A table longer than
/// <see cref="ListPages.RowsPerPage"/> rows is written over list pages (<c>lists/</c>) that the summary links to,
/// so the summary of thousands of forms stays small enough to open at once.
/// </summary>
internal sealed class SummaryPage(IReadOnlyList<ReportInput> inputs, IReadOnlyList<ReportedForm> forms, IReadOnlyList<string> problems)
{
    private readonly StringBuilder _html = new(256 * 1024);
    private readonly List<ListPage> _lists = [];

    /// <summary>The summary's HTML and the list pages its long tables were written over.</summary>
    public (string Index, IReadOnlyList<ListPage> Lists) Render()
    {
        var findings = forms.SelectMany(f => f.Form.Findings.Select((finding, i) => (Form: f, Finding: finding, Index: i))).ToArray();
        var warnings = inputs.SelectMany(d => d.Document.Warnings.Select(w => (Input: d, Warning: w))).ToArray();
        ReportAssets.Head(_html, "FormExtract audit report");
        _html.Append("<h1>Audit report</h1>\n<dl class=\"counts\">")
            .Append(Count("documents", "documents", inputs.Count))
            .Append(Count("forms", "forms read", forms.Count))
            .Append(Count("findings", "findings", findings.Length));
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var name = severity.ToString().ToLowerInvariant();
            _html.Append(Count(name, $"… {name}", findings.Count(f => f.Finding.Severity == severity)));
        }

        _html.Append(Count("forms-with-findings", "forms with findings", forms.Count(f => f.Form.Findings.Count > 0)))
            .Append(Count("warnings", "extraction warnings", warnings.Length))
            .Append("</dl>\n");
        WriteProblems();
        WriteByRule(findings.Select(f => f.Finding).ToArray());
        WriteBy("department", "By department", f => f.Form.Department?.Value ?? "(none)");
        WriteBy("year", "By year", f => f.Form.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "(none)");
        WriteForms();
        WriteFindings(findings);
        WriteWarnings(warnings);
        ReportAssets.Foot(_html);
        return (_html.ToString(), _lists);
    }

    private static string Count(string id, string label, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"<dt>{label}</dt><dd id=\"count-{id}\" data-count=\"{count}\">{count}</dd>");

    private void WriteProblems()
    {
        if (problems.Count == 0)
        {
            return;
        }

        _html.Append(CultureInfo.InvariantCulture, $"<h2>Report problems ({problems.Count})</h2>\n<ul id=\"problems\">");
        foreach (var problem in problems)
        {
            _html.Append("<li class=\"problem\">").Append(HtmlText.Escape(problem)).Append("</li>");
        }

        _html.Append("</ul>\n");
    }

    private void WriteByRule(IReadOnlyList<Finding> findings)
    {
        var groups = findings.GroupBy(f => (f.Rule, f.Severity)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Severity).ToArray();
        _html.Append("<h2>Findings by rule and severity</h2>\n");
        BarChart.Write(_html, "Findings by rule and severity", groups.Select(g => ($"{g.Key.Rule} ({g.Key.Severity.ToString().ToLowerInvariant()})", g.Count(), BarChart.Colour(g.Key.Severity.ToString().ToLowerInvariant()))).ToArray());
        _html.Append("<table class=\"sortable\" id=\"by-rule\"><thead><tr><th>rule</th><th>severity</th><th>findings</th><th>forms</th></tr></thead><tbody>\n");
        foreach (var g in groups)
        {
            var severity = g.Key.Severity.ToString().ToLowerInvariant();
            _html.Append(CultureInfo.InvariantCulture, $"<tr data-rule=\"{HtmlText.Escape(g.Key.Rule)}\" data-severity=\"{severity}\" data-count=\"{g.Count()}\"><td>{HtmlText.Escape(g.Key.Rule)}</td><td class=\"sev-{severity}\" data-sort=\"{(int)g.Key.Severity}\">{severity}</td><td class=\"n\">{g.Count()}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{forms.Count(f => f.Form.Findings.Any(x => x.Rule == g.Key.Rule && x.Severity == g.Key.Severity))}</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
    }

    private void WriteBy(string id, string title, Func<ReportedForm, string> key)
    {
        var groups = forms.GroupBy(key).Select(g => (Key: g.Key, Forms: g.Count(), Errors: Sum(g, Severity.Error), Warnings: Sum(g, Severity.Warning), Infos: Sum(g, Severity.Info)))
            .OrderByDescending(g => g.Errors + g.Warnings + g.Infos).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        _html.Append("<h2>").Append(title).Append("</h2>\n");
        BarChart.Write(_html, title + ": findings", groups.Take(20).Select(g => (g.Key, g.Errors + g.Warnings + g.Infos, "#58c")).ToArray());
        _html.Append(CultureInfo.InvariantCulture, $"<table class=\"sortable\" id=\"by-{id}\"><thead><tr><th>{id}</th><th>forms</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>\n");
        foreach (var g in groups)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlText.Escape(g.Key)}</td><td class=\"n\">{g.Forms}</td><td class=\"n\">{g.Errors}</td><td class=\"n\">{g.Warnings}</td><td class=\"n\">{g.Infos}</td></tr>\n");
        }

        _html.Append("</tbody></table>\n");
    }

    private static int Sum(IEnumerable<ReportedForm> group, Severity severity) => group.Sum(f => f.Form.Findings.Count(x => x.Severity == severity));

    private void WriteForms()
    {
        var table = new ListTable("forms", "Forms", "<table class=\"sortable big\" id=\"forms\"><thead><tr><th style=\"width:4em\">#</th><th style=\"width:30%\">project</th><th style=\"width:20%\">department</th><th style=\"width:4em\">year</th><th>document</th><th style=\"width:5em\">findings</th><th style=\"width:5em\">errors</th></tr></thead><tbody>\n");
        var up = ListPages.Up(forms.Count);
        table.Write(_html, _lists, forms.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"<tr><td class=\"n\">{f.Number}</td><td><a class=\"form-link\" href=\"{up}forms/{f.PageName}\">{HtmlText.Escape(Short(f.Project))}</a></td>") +
            string.Create(CultureInfo.InvariantCulture, $"<td>{HtmlText.Escape(Short(f.Form.Department?.Value))}</td><td class=\"n\">{f.Form.FiscalYear}</td><td>{HtmlText.Escape(f.Input.Name)} #{f.Form.FormIndex}</td>") +
            string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\">{f.Form.Findings.Count}</td><td class=\"n\">{f.Form.Findings.Count(x => x.Severity == Severity.Error)}</td></tr>\n")).ToArray());
    }

    private void WriteFindings((ReportedForm Form, Finding Finding, int Index)[] findings)
    {
        var table = new ListTable("findings", "All findings", "<table class=\"sortable big\" id=\"all-findings\"><thead><tr><th style=\"width:4em\">form</th><th style=\"width:15%\">project</th><th style=\"width:10em\">rule</th><th style=\"width:5em\">severity</th><th style=\"width:15%\">cell</th><th style=\"width:7em\">stated</th><th style=\"width:7em\">expected</th><th>message</th></tr></thead><tbody>\n");
        var up = ListPages.Up(findings.Length);
        table.Write(_html, _lists, findings.Select(x => FindingRow(x.Form, x.Finding, x.Index, up)).ToArray());
    }

    private static string FindingRow(ReportedForm form, Finding f, int index, string up)
    {
        var layout = TemplateCatalog.Default.Get(form.Form.Template);
        var severity = f.Severity.ToString().ToLowerInvariant();
        var href = $"{up}forms/{form.PageName}#{Anchors.For(form.Form, f.Path, index)}";
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<tr class=\"finding-row\" data-form=\"{form.Number}\" data-rule=\"{HtmlText.Escape(f.Rule)}\"><td class=\"n\">{form.Number}</td><td>{HtmlText.Escape(Short(form.Project))}</td><td>{HtmlText.Escape(f.Rule)}</td>")
            .Append(CultureInfo.InvariantCulture, $"<td class=\"sev-{severity}\" data-sort=\"{(int)f.Severity}\">{severity}</td>")
            .Append(CultureInfo.InvariantCulture, $"<td><a class=\"finding-link\" href=\"{href}\">{HtmlText.Escape(Short(CellLabels.Of(layout, form.Form, f.Path)))}</a></td>")
            .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{HtmlText.Escape(f.Stated)}</td><td class=\"n\">{HtmlText.Escape(f.Expected)}</td><td class=\"message\">{HtmlText.Escape(Short(f.Message, 300))}</td></tr>\n")
            .ToString();
    }

    private void WriteWarnings((ReportInput Input, ExtractionWarning Warning)[] warnings)
    {
        _html.Append("<h2>Extraction warnings</h2>\n");
        var byCode = warnings.GroupBy(w => w.Warning.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        BarChart.Write(_html, "Extraction warnings by code", byCode.Select(g => (g.Key, g.Count(), "#999")).ToArray());
        var table = new ListTable("warnings", "All extraction warnings", "<table class=\"sortable big\" id=\"all-warnings\"><thead><tr><th style=\"width:20%\">document</th><th style=\"width:4em\">form</th><th style=\"width:10em\">code</th><th style=\"width:8em\">place</th><th>message</th></tr></thead><tbody>\n");
        var pages = forms.ToDictionary(f => (f.Input, f.Form.FormIndex), f => f.PageName);
        var up = ListPages.Up(warnings.Length);
        table.Write(_html, _lists, warnings.Select(x =>
        {
            var (input, w) = x;
            var form = w.Form is { } index && pages.TryGetValue((input, index), out var page) ? $"<a href=\"{up}forms/{page}\">{index}</a>" : w.Form?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            var place = w.Path ?? (w.Page is { } p ? $"page {p}" : w.Line is { } l ? $"line {l}" : string.Empty);
            return new StringBuilder().Append("<tr><td>").Append(HtmlText.Escape(input.Name)).Append("</td><td>").Append(form).Append("</td><td>").Append(HtmlText.Escape(w.Code))
                .Append("</td><td>").Append(HtmlText.Escape(place)).Append("</td><td class=\"message\">").Append(HtmlText.Escape(Short(w.Message, 300))).Append("</td></tr>\n").ToString();
        }).ToArray());
    }

    /// <summary>Long texts are cut in the summary's tables (the form page shows them whole), so a hostile batch stays quick to open.</summary>
    private static string Short(string? text, int length = 80) =>
        text is null ? string.Empty : text.Length <= length ? text : text[..length] + "…";
}
