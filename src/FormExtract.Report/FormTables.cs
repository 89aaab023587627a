using System.Globalization;
using System.Text;
using FormExtract.Core.Review;
using FormExtract.Core.Template;

namespace FormExtract.Report;

/// <summary>The tables under a form's page: its findings (each linked to its cell) and its extraction warnings, sortable.</summary>
internal static class FormTables
{
    public static void WriteFindings(StringBuilder html, ReportedForm form, FormTemplate layout)
    {
        var findings = form.Form.Findings;
        html.Append(CultureInfo.InvariantCulture, $"<h2>Findings (<span id=\"finding-count\">{findings.Count}</span>)</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>None: every figure that can be recomputed agrees.</p>\n");
            return;
        }

        html.Append("<table class=\"sortable\" id=\"findings\"><thead><tr><th>#</th><th>rule</th><th>severity</th><th>cell</th><th>stated</th><th>expected</th><th>message</th></tr></thead><tbody>\n");
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{Anchors.Finding(i)}\" data-rule=\"{HtmlText.Escape(f.Rule)}\"><td class=\"n\">{i + 1}</td><td>{HtmlText.Escape(f.Rule)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"sev-{severity}\" data-sort=\"{(int)f.Severity}\">{severity}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"#{Anchors.For(form.Form, f.Path, i)}\">{HtmlText.Escape(CellLabels.Of(layout, form.Form, f.Path))}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{HtmlText.Escape(f.Stated)}</td><td class=\"n\">{HtmlText.Escape(f.Expected)}</td><td class=\"message\">{HtmlText.Escape(f.Message)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    public static void WriteWarnings(StringBuilder html, ReportedForm form)
    {
        var warnings = form.Warnings.ToArray();
        if (warnings.Length == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Extraction warnings ({warnings.Length})</h2>\n<table class=\"sortable\" id=\"warnings\"><thead><tr><th>code</th><th>place</th><th>message</th></tr></thead><tbody>\n");
        foreach (var w in warnings)
        {
            var place = w.Path is { } path ? $"<a href=\"#{Anchors.Cell(path)}\">{HtmlText.Escape(path)}</a>" : w.Page is { } page ? $"page {page}" : w.Line is { } line ? $"line {line}" : string.Empty;
            html.Append("<tr><td>").Append(HtmlText.Escape(w.Code)).Append("</td><td>").Append(place).Append("</td><td class=\"message\">").Append(HtmlText.Escape(w.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
