using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Writes forms as a tab-separated text dump in the manner of the real sample: merged labels printed once on
/// one row of their span, empty cells kept as tabs, and the damage a PDF-to-text export does (see
/// <see cref="TextDumpStyle"/>). The fiscal, carry-over and other rows print — in the 分值 column.
/// </summary>
public sealed class TextDumpRenderer
{
    private const string NoValue = "—";
    private readonly TextDumpStyle _style;

    public TextDumpRenderer(TextDumpStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
    }

    public RenderedFile Render(IReadOnlyList<Form> forms, Random random)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(random);
        var printed = forms.Select(f => _style.WrapGapChance > 0 ? PrintVariants.WithWrapGaps(f, random, _style.WrapGapChance) : f).ToArray();
        var lines = new List<string> { string.Empty };
        foreach (var form in printed)
        {
            WriteForm(lines, form, random);
            lines.Add(string.Empty);
        }

        var text = string.Join(_style.CrLf ? "\r\n" : "\n", lines);
        var encoding = _style.Gb18030 ? TextDecoder.Gb18030 : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new RenderedFile(".txt", encoding.GetBytes(text), printed, SourceFormat.Text)
        {
            Encoding = _style.Gb18030 ? "gb18030" : "utf-8",
        };
    }

    private int Width => _style.PerformanceColumn ? 9 : 8;

    private string Row(params string[] cells) => string.Join('\t', cells.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, Width - cells.Length))));

    private void WriteForm(List<string> lines, Form form, Random random)
    {
        var loose = _style.PageBreaks && random.Next(3) == 0;
        lines.Add(Row(SelfEvaluationTemplate.Title));
        if (loose)
        {
            lines.Add(string.Empty);
        }

        lines.Add(Row($"({form.FiscalYear} {SelfEvaluationTemplate.FiscalYearSuffix})"));
        if (loose)
        {
            lines.Add(string.Empty);
        }

        lines.Add(Row(SelfEvaluationTemplate.ProjectName, form.ProjectName?.Text ?? string.Empty));
        lines.Add(Row(SelfEvaluationTemplate.Department, form.Department?.Text ?? string.Empty, string.Empty, string.Empty,
            SelfEvaluationTemplate.ImplementingUnit, form.ImplementingUnit?.Text ?? string.Empty));
        WriteFunding(lines, form.Funding);
        WriteGoals(lines, form.Goals, random);
        WriteIndicators(lines, form, random);
    }

    private void WriteFunding(List<string> lines, Funding funding)
    {
        lines.Add(Row([$"{SelfEvaluationTemplate.FundingBlock} ({funding.Unit})", string.Empty, .. SelfEvaluationTemplate.FundingHeadings]));
        lines.Add(Row(string.Empty, funding.Total!.Label, Text(funding.Total.InitialBudget), Text(funding.Total.AdjustedBudget),
            Text(funding.Total.Executed), Text(funding.Weight), Text(funding.ExecutionRate), Text(funding.Score)));
        foreach (var part in new[] { funding.FiscalAppropriation, funding.Carryover, funding.Other })
        {
            lines.Add(Row(string.Empty, part!.Label, Text(part.InitialBudget), Text(part.AdjustedBudget), Text(part.Executed), NoValue));
        }
    }

    private void WriteGoals(List<string> lines, Goals goals, Random random)
    {
        var label = random.Pick(LabelSpellings.GoalBlock);
        var labelOnHeadings = random.Chance(0.5);
        lines.Add(Row(labelOnHeadings ? label : string.Empty, SelfEvaluationTemplate.GoalsExpected, string.Empty, string.Empty,
            SelfEvaluationTemplate.GoalsAchieved));
        lines.Add(Row(labelOnHeadings ? string.Empty : label, goals.Expected?.Text ?? string.Empty, string.Empty, string.Empty,
            goals.Achieved?.Text ?? string.Empty));
    }

    private void WriteIndicators(List<string> lines, Form form, Random random)
    {
        var rows = form.Indicators;
        var offset = _style.PerformanceColumn ? 1 : 0;
        var breakAt = _style.PageBreaks && rows.Count >= 4 ? random.Next(2, rows.Count - 1) : -1;
        var performanceRow = breakAt >= 0 ? breakAt : _style.LabelsMidSpan ? rows.Count / 2 : -1;
        string[] headings = [.. SelfEvaluationTemplate.IndicatorHeadings.Take(7), random.Pick(SelfEvaluationTemplate.IndicatorHeadings.Skip(7).Take(2).ToArray())];
        if (_style.WrappedHeadings)
        {
            // A heading wrapped in its cell comes out with a gap at the wrap: 年度 指标值.
            headings = headings.Select(h => h.Length >= 5 ? h[..(h.Length >= 8 ? 7 : 2)] + " " + h[(h.Length >= 8 ? 7 : 2)..] : h).ToArray();
        }

        lines.Add(Row([.. _style.PerformanceColumn ? [performanceRow < 0 ? SelfEvaluationTemplate.IndicatorBlock : string.Empty] : Array.Empty<string>(), .. headings]));
        var level1Rows = LabelRows(rows.Select(r => r.Level1).ToArray());
        var level2Rows = LabelRows(rows.Select(r => r.Level1 + "/" + r.Level2).ToArray());
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var reason = row.DeviationReason?.Text ?? string.Empty;
            if (i == breakAt)
            {
                if (reason.Length >= 12 && random.Chance(0.6))
                {
                    // The page ended inside the reason cell: its first lines sit alone before the break.
                    var cut = random.Next(4, reason.Length - 4);
                    lines.Add(Row([.. Enumerable.Repeat(string.Empty, offset + 7), reason[..cut]]));
                    reason = reason[cut..];
                }
                else if (i > 0 && rows[i - 1].Level1 == row.Level1 && random.Chance(0.5))
                {
                    // The merged 一级指标 cell is cut by the page: its label is printed alone at the foot of the page.
                    lines.Add(Row([.. Enumerable.Repeat(string.Empty, offset), row.Level1 ?? string.Empty]));
                }

                lines.Add(string.Empty);
            }

            var level1 = level1Rows.Contains(i) ? row.Level1 ?? string.Empty : string.Empty;
            var level2 = level2Rows.Contains(i) ? row.Level2 ?? string.Empty : string.Empty;
            List<string> cells = [level1, level2, row.Name?.Text ?? string.Empty, Text(row.Target), Text(row.Actual), Text(row.Weight), Text(row.Score), reason];
            if (_style.ShiftedLabelRows && level2.Length > 0 && level1.Length == 0 && random.Chance(0.5))
            {
                // A merged label's text box lands one column right and drags the rest of the row along.
                cells.Insert(0, string.Empty);
            }

            if (_style.PerformanceColumn)
            {
                cells.Insert(0, i == performanceRow ? SelfEvaluationTemplate.IndicatorBlock : string.Empty);
            }

            lines.Add(Row([.. cells]));
        }

        if (_style.SplitTotal && random.Chance(0.5))
        {
            // The 总分 row as the last page of the real sample prints it: one cell per line, blank lines between.
            lines.AddRange([string.Empty, SelfEvaluationTemplate.Total, string.Empty, Text(form.TotalWeight), string.Empty, Text(form.TotalScore)]);
            WriteGrade(lines, form, offset);
            return;
        }

        var label = _style.UnlabelledTotal ? string.Empty : SelfEvaluationTemplate.Total;
        lines.Add(Row([.. Enumerable.Repeat(string.Empty, offset), label, string.Empty, string.Empty, string.Empty, string.Empty,
            Text(form.TotalWeight), Text(form.TotalScore)]));
        WriteGrade(lines, form, offset);
    }

    private void WriteGrade(List<string> lines, Form form, int offset)
    {
        if (form.Grade is { } grade)
        {
            lines.Add(Row([.. Enumerable.Repeat(string.Empty, offset), SelfEvaluationTemplate.GradeHeading, string.Empty, string.Empty, string.Empty, string.Empty, grade.Text]));
        }
    }

    /// <summary>The row of each run of equal labels on which the merged label is printed.</summary>
    private HashSet<int> LabelRows(string?[] labels)
    {
        var printedOn = new HashSet<int>();
        for (var start = 0; start < labels.Length;)
        {
            var end = start;
            while (end + 1 < labels.Length && labels[end + 1] == labels[start])
            {
                end++;
            }

            printedOn.Add(_style.LabelsMidSpan ? start + (end - start) / 2 : start);
            start = end + 1;
        }

        return printedOn;
    }

    private static string Text(Cell? cell) => cell?.Text ?? string.Empty;
}
