using System.Globalization;
using System.Text;
using FormExtract.Core.Model;

using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Rendering;

/// <summary>Writes one form's table: columns 0 (block labels), 1–8 (一级指标 … 偏差原因).</summary>
internal sealed class HtmlFormWriter(StringBuilder html, HtmlStyle style)
{
    private const int Columns = 9;

    public void Write(Form form)
    {
        html.Append("<div class=\"form\">\n");
        var year = $"({form.FiscalYear} {SelfEvaluationTemplate.FiscalYearSuffix})";
        if (!style.TitleInTable)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"title\">{Content(SelfEvaluationTemplate.Title)}</p>\n<p class=\"year\">{Content(year)}</p>\n");
        }

        html.Append("<table>\n<colgroup>");
        for (var i = 0; i < Columns; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<col class=\"c{i}\">");
        }

        html.Append("</colgroup>\n");
        if (style.TitleInTable)
        {
            Tr(Td(SelfEvaluationTemplate.Title, colspan: Columns));
            Tr(Td(year, colspan: Columns));
        }

        Tr(Td(SelfEvaluationTemplate.ProjectName), Td(form.ProjectName?.Text, colspan: 8, left: true));
        Tr(Td(SelfEvaluationTemplate.Department), Td(form.Department?.Text, colspan: 4),
            Td(SelfEvaluationTemplate.ImplementingUnit), Td(form.ImplementingUnit?.Text, colspan: 3));
        Funding(form.Funding);
        Tr(Td(LabelSpellings.GoalBlock[0], rowspan: 2), Td(SelfEvaluationTemplate.GoalsExpected, colspan: 4), Td(SelfEvaluationTemplate.GoalsAchieved, colspan: 4));
        Tr(Td(form.Goals.Expected?.Text, colspan: 4, left: true), Td(form.Goals.Achieved?.Text, colspan: 4, left: true));
        Indicators(form.Indicators);
        Tr(Td(SelfEvaluationTemplate.Total, colspan: 6), Td(form.TotalWeight?.Text), Td(form.TotalScore?.Text), Td(null));
        if (form.Grade is { } grade)
        {
            Tr(Td(SelfEvaluationTemplate.GradeHeading, colspan: 6), Td(grade.Text, colspan: 3));
        }

        html.Append("</table>\n</div>\n");
    }

    private void Funding(Funding funding)
    {
        var label = $"{SelfEvaluationTemplate.FundingBlock}{(style.WordMarkup ? "<br>" : " ")}({funding.Unit})";
        Tr([Td(label, rowspan: 5, raw: style.WordMarkup), Td(null, colspan: 2), .. SelfEvaluationTemplate.FundingHeadings.Select(h => Td(h))]);
        Tr(Td(funding.Total!.Label, colspan: 2), Td(funding.Total.InitialBudget?.Text), Td(funding.Total.AdjustedBudget?.Text),
            Td(funding.Total.Executed?.Text), Td(funding.Weight?.Text), Td(funding.ExecutionRate?.Text), Td(funding.Score?.Text));
        foreach (var part in new[] { funding.FiscalAppropriation!, funding.Carryover!, funding.Other! })
        {
            Tr(Td(part.Label, colspan: 2), Td(part.InitialBudget?.Text), Td(part.AdjustedBudget?.Text), Td(part.Executed?.Text),
                Td("—"), Td(null), Td(null));
        }
    }

    private void Indicators(IReadOnlyList<Indicator> rows)
    {
        string[] headings = [.. SelfEvaluationTemplate.IndicatorHeadings.Take(8)];
        if (style.WordMarkup)
        {
            // Word breaks long headings by hand.
            headings[3] = "年度<br>指标值";
            headings[4] = "实际<br>完成值";
            headings[7] = "偏差原因分析及<br>改进措施";
        }

        Tr([Td(SelfEvaluationTemplate.IndicatorBlock, rowspan: rows.Count + 1), .. headings.Select(h => Td(h, raw: style.WordMarkup))]);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var cells = new List<string>();
            if (i == 0 || rows[i - 1].Level1 != row.Level1)
            {
                cells.Add(Td(row.Level1, rowspan: Run(rows, i, r => r.Level1)));
            }

            if (i == 0 || rows[i - 1].Level1 != row.Level1 || rows[i - 1].Level2 != row.Level2)
            {
                cells.Add(Td(row.Level2, rowspan: Run(rows, i, r => r.Level1 + "/" + r.Level2)));
            }

            cells.AddRange([Td(row.Name?.Text, left: true), Td(row.Target?.Text), Td(row.Actual?.Text), Td(row.Weight?.Text),
                Td(row.Score?.Text), Td(row.DeviationReason?.Text, left: true)]);
            Tr([.. cells]);
        }
    }

    private static int Run(IReadOnlyList<Indicator> rows, int start, Func<Indicator, string?> key)
    {
        var end = start;
        while (end + 1 < rows.Count && key(rows[end + 1]) == key(rows[start]))
        {
            end++;
        }

        return end - start + 1;
    }

    private void Tr(params string[] cells) => html.Append("<tr>").Append(string.Concat(cells)).Append("</tr>\n");

    private string Td(string? text, int rowspan = 1, int colspan = 1, bool left = false, bool raw = false)
    {
        var attributes = new StringBuilder();
        if (rowspan > 1)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" rowspan=\"{rowspan}\"");
        }

        if (colspan > 1)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" colspan=\"{colspan}\"");
        }

        if (left)
        {
            attributes.Append(" class=\"l\"");
        }

        return $"<td{attributes}>{(raw ? Wrap(text ?? string.Empty) : Content(text))}</td>";
    }

    private string Content(string? text) => Wrap(string.IsNullOrEmpty(text) ? string.Empty : HtmlRenderer.Encode(text));

    /// <summary>Word wraps every cell in a paragraph and a span and fills an empty one with a non-breaking space.</summary>
    private string Wrap(string content)
    {
        if (!style.WordMarkup)
        {
            return content;
        }

        var size = style.FontSizePt.ToString(CultureInfo.InvariantCulture);
        return content.Length == 0
            ? "<p class=MsoNormal>&nbsp;</p>"
            : content.StartsWith("<p>", StringComparison.Ordinal)
                ? content
                : $"<p class=MsoNormal><span lang=EN-US style='font-size:{size}pt'>{content}</span></p>";
    }
}
