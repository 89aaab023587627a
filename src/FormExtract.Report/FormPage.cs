using System.Globalization;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Review;
using FormExtract.Core.Template;

namespace FormExtract.Report;

/// <summary>
/// One form's page: the form redrawn as the table it was printed as, each cell with its value, its printed
/// text where that differs, the findings about it (rule, stated, expected), its confidence where low, its
/// place in the source and its crop; then the form's findings and warnings as sortable tables.
/// </summary>
internal sealed class FormPage
{
    private readonly ReportedForm _form;
    private readonly FormTemplate _layout;
    private readonly IReadOnlyDictionary<(int Form, string Path), string> _crops;
    private readonly string? _sourceHref;
    private readonly ReportOptions _options;
    private readonly StringBuilder _html = new(32 * 1024);

    public FormPage(ReportedForm form, IReadOnlyDictionary<(int Form, string Path), string> crops, string? sourceHref, ReportOptions options)
    {
        _form = form;
        _layout = TemplateCatalog.Default.Get(form.Form.Template);
        _crops = crops;
        _sourceHref = sourceHref;
        _options = options;
    }

    public string Render(int formCount)
    {
        var form = _form.Form;
        ReportAssets.Head(_html, $"{_form.Number}: {_form.Project}");
        _html.Append("<p class=\"nav\"><a id=\"to-summary\" href=\"../index.html\">summary</a>");
        if (_form.Number > 1)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<a href=\"{_form.Number - 1:00000}.html\">previous form</a>");
        }

        if (_form.Number < formCount)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<a href=\"{_form.Number + 1:00000}.html\">next form</a>");
        }

        _html.Append("</p>\n<h1>").Append(HtmlText.Escape(form.Title ?? _layout.Titles.First)).Append("</h1>\n");
        _html.Append("<p>Source: ");
        var source = _form.Input.Document.Source;
        var sourceName = HtmlText.Escape(source.Path);
        _html.Append(_sourceHref is null ? $"<span class=\"problem\">{sourceName} (not found)</span>" : $"<a class=\"source\" href=\"{_sourceHref}\">{sourceName}</a>");
        _html.Append(CultureInfo.InvariantCulture, $", {source.Format.ToString().ToLowerInvariant()}{(source.Ocr ? ", OCR" : string.Empty)}; form {form.FormIndex}")
            .Append(Where(form.Location)).Append("; document ").Append(HtmlText.Escape(_form.Input.Name))
            .Append(CultureInfo.InvariantCulture, $"; template {HtmlText.Escape(form.Template)}{(form.FiscalYear is { } year ? $"; {year} 年度" : string.Empty)}</p>\n");
        WriteForm();
        FormTables.WriteFindings(_html, _form, _layout);
        FormTables.WriteWarnings(_html, _form);
        ReportAssets.Foot(_html);
        return _html.ToString();
    }

    private void WriteForm()
    {
        var form = _form.Form;
        _html.Append("<table class=\"form\" id=\"form\">\n");
        Row(Label(_layout.Header[HeaderField.ProjectName].First), Slot("/projectName", colspan: 7));
        Row(Label(_layout.Header[HeaderField.Department].First), Slot("/department", colspan: 3), Label(_layout.Header[HeaderField.ImplementingUnit].First), Slot("/implementingUnit", colspan: 3));

        var rows = new List<(string Name, FundingRow Row)>();
        foreach (var (name, row) in new[] { ("total", form.Funding.Total), ("fiscalAppropriation", form.Funding.FiscalAppropriation), ("carryover", form.Funding.Carryover), ("other", form.Funding.Other) })
        {
            if (row is not null)
            {
                rows.Add((name, row));
            }
        }

        rows.AddRange((form.Funding.ExtraRows ?? []).Select((row, i) => ($"extraRows/{i}", row)));
        var block = _layout.Blocks[FormBlock.Funding].First + (form.Funding.Unit is { } unit ? $"({unit})" : string.Empty);
        _html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"label\" rowspan=\"{rows.Count + 1}\">{HtmlText.Escape(block)}</td><th></th>");
        foreach (var column in new[] { FundingColumn.InitialBudget, FundingColumn.AdjustedBudget, FundingColumn.Executed, FundingColumn.Weight, FundingColumn.ExecutionRate, FundingColumn.Score })
        {
            _html.Append("<th>").Append(HtmlText.Escape(_layout.Heading(column))).Append("</th>");
        }

        _html.Append("</tr>\n");
        foreach (var (name, row) in rows)
        {
            var path = $"/funding/{name}";
            _html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{Anchors.Cell(path)}\">").Append(Label(row.Label))
                .Append(Slot($"{path}/initialBudget")).Append(Slot($"{path}/adjustedBudget")).Append(Slot($"{path}/executed"));
            _html.Append(name == "total"
                ? Slot("/funding/weight") + Slot("/funding/executionRate") + Slot("/funding/score")
                : "<td></td><td></td><td></td>");
            _html.Append("</tr>\n");
        }

        _html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"label\" rowspan=\"2\">{HtmlText.Escape(_layout.Blocks[FormBlock.Goals].First)}</td>")
            .Append("<th colspan=\"3\">").Append(HtmlText.Escape(_layout.GoalsExpected.First)).Append("</th><th colspan=\"4\">")
            .Append(HtmlText.Escape(_layout.GoalsAchieved.First)).Append("</th></tr>\n<tr>")
            .Append(Slot("/goals/expected", colspan: 3)).Append(Slot("/goals/achieved", colspan: 4)).Append("</tr>\n");
        WriteIndicators();
        _html.Append("<tr>").Append(Label(_layout.TotalHeading, colspan: 6)).Append(Slot("/totalWeight")).Append(Slot("/totalScore")).Append("</tr>\n");
        if (form.Grade is not null)
        {
            _html.Append("<tr>").Append(Label(_layout.GradeHeading, colspan: 5)).Append(Slot("/grade", colspan: 3)).Append("</tr>\n");
        }

        _html.Append("</table>\n");
    }

    private void WriteIndicators()
    {
        var indicators = _form.Form.Indicators;
        _html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"label\" rowspan=\"{indicators.Count + 1}\">{HtmlText.Escape(_layout.Blocks[FormBlock.Indicators].First)}</td>");
        foreach (var field in new[] { "level1", "level2", "name", "target", "actual", "weight", "score" })
        {
            _html.Append("<th>").Append(HtmlText.Escape(CellLabels.Heading(_layout, field))).Append("</th>");
        }

        _html.Append("</tr>\n");
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            _html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{Anchors.Cell($"/indicators/{i}")}\">");
            // Category cells merged over their rows, as printed: written once, spanning the rows that share them.
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1)
            {
                var span = Run(i, x => x.Level1);
                _html.Append(CultureInfo.InvariantCulture, $"<td class=\"label\" rowspan=\"{span}\">{HtmlText.Escape(indicator.Level1)}</td>");
            }

            if (i == 0 || indicators[i - 1].Level2 != indicator.Level2 || indicators[i - 1].Level1 != indicator.Level1)
            {
                var span = Run(i, x => (x.Level1, x.Level2));
                _html.Append(CultureInfo.InvariantCulture, $"<td class=\"label\" rowspan=\"{span}\">{HtmlText.Escape(indicator.Level2)}</td>");
            }

            foreach (var field in new[] { "name", "target", "actual", "weight", "score" })
            {
                _html.Append(Slot($"/indicators/{i}/{field}"));
            }

            _html.Append("</tr>\n");
        }

        // The deviation reasons follow the scores in print; here they sit in a last column of their own rows.
        var reasons = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].DeviationReason is not null || HasFinding($"/indicators/{i}/deviationReason")).ToArray();
        foreach (var i in reasons)
        {
            _html.Append("<tr>").Append(Label($"{indicators[i].Name?.Value} · {CellLabels.Heading(_layout, "deviationReason")}", colspan: 3))
                .Append(Slot($"/indicators/{i}/deviationReason", colspan: 5)).Append("</tr>\n");
        }
    }

    private int Run<T>(int start, Func<Indicator, T> key)
    {
        var indicators = _form.Form.Indicators;
        var end = start + 1;
        while (end < indicators.Count && EqualityComparer<T>.Default.Equals(key(indicators[end]), key(indicators[start])))
        {
            end++;
        }

        return end - start;
    }

    private bool HasFinding(string path) => _form.Form.Findings.Any(f => f.Path == path);

    private void Row(params string[] cells) => _html.Append("<tr>").AppendJoin(string.Empty, cells).Append("</tr>\n");

    private static string Label(string? text, int colspan = 1) =>
        colspan > 1 ? $"<td class=\"label\" colspan=\"{colspan}\">{HtmlText.Escape(text)}</td>" : $"<td class=\"label\">{HtmlText.Escape(text)}</td>";

    /// <summary>A cell slot: value, printed text, findings, confidence, correction, place and crop.</summary>
    private string Slot(string path, int colspan = 1)
    {
        var slot = FormCellIndex.Find(_form.Form, path) ?? new FormCell(path, CellKind.Text, null);
        var findings = _form.Form.Findings.Where(f => f.Path == path || path.StartsWith(f.Path + "/", StringComparison.Ordinal)).ToArray();
        var cell = slot.Cell;
        var low = cell?.Confidence is { } confidence && confidence < _options.LowConfidence;
        var classes = new List<string> { "cell" };
        if (findings.Length > 0)
        {
            classes.Add(findings.Max(f => f.Severity).ToString().ToLowerInvariant());
        }

        if (low)
        {
            classes.Add("low");
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<td id=\"{Anchors.Cell(path)}\" class=\"{string.Join(' ', classes)}\" data-path=\"{HtmlText.Escape(path)}\"{(colspan > 1 ? $" colspan=\"{colspan}\"" : string.Empty)}>");
        var value = CellDisplay.Value(slot.Kind, cell);
        Long(html, "v", value);
        if (cell is not null && cell.Text != value)
        {
            Long(html, "t", cell.Text);
        }

        foreach (var finding in findings)
        {
            html.Append("<div class=\"finding\"><b>").Append(HtmlText.Escape(finding.Rule)).Append("</b> ")
                .Append(HtmlText.Escape(finding.Severity.ToString().ToLowerInvariant()))
                .Append(": stated ").Append(HtmlText.Escape(finding.Stated ?? "—")).Append(", expected ").Append(HtmlText.Escape(finding.Expected ?? "—")).Append("</div>");
        }

        if (low)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"conf\">confidence {cell!.Confidence:0.00}: check it</div>");
        }

        if (cell?.Correction is { } correction)
        {
            html.Append("<div class=\"corr\">corrected ").Append(correction.CorrectedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                .Append("; read as “").Append(HtmlText.Escape(correction.Text)).Append("”</div>");
        }

        if (cell is not null)
        {
            html.Append(Place(cell));
        }

        if (_crops.TryGetValue((_form.Number, path), out var crop))
        {
            html.Append("<img class=\"crop\" loading=\"lazy\" src=\"../").Append(HtmlText.Url(crop)).Append("\" alt=\"the cell in the source\">");
        }

        return html.Append("</td>").ToString();
    }

    /// <summary>
    /// A text in a div of its class; a very long one (a hostile or garbled cell) shows its start, the whole of it
    /// folded away, since a browser lays out a closed &lt;details&gt; only when it is opened.
    /// </summary>
    private static void Long(StringBuilder html, string cssClass, string text)
    {
        const int Shown = 600;
        if (text.Length <= Shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"{cssClass}\">").Append(HtmlText.Escape(text)).Append("</div>");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{cssClass}\">").Append(HtmlText.Escape(text[..Shown])).Append("…</div>")
            .Append(CultureInfo.InvariantCulture, $"<details><summary>all {text.Length:N0} characters</summary><div class=\"{cssClass}\">")
            .Append(HtmlText.Escape(text)).Append("</div></details>");
    }

    private string Place(Cell cell)
    {
        var where = cell switch
        {
            { Page: { } page, Bbox: { Count: 4 } b } => string.Create(CultureInfo.InvariantCulture, $"page {page} [{b[0]:0.#}, {b[1]:0.#}, {b[2]:0.#}, {b[3]:0.#}]"),
            { Page: { } page } => $"page {page}",
            { Line: { } line } => $"line {line}",
            _ => null,
        };
        if (where is null)
        {
            return string.Empty;
        }

        var href = _sourceHref is null ? null : cell.Page is { } p && _form.Input.Document.Source.Format == SourceFormat.Pdf ? $"{_sourceHref}#page={p}" : _sourceHref;
        return href is null
            ? $"<div class=\"src\">{where}</div>"
            : $"<div class=\"src\"><a href=\"{href}\">{where}</a></div>";
    }

    private static string Where(FormLocation? location) => location switch
    {
        { Pages: { Count: > 0 } pages } => $", pages {string.Join(", ", pages)}",
        { Lines: [var first, var last] } => $", lines {first}–{last}",
        _ => string.Empty,
    };
}
