using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Reads one form's rows, block by block (header, 项目资金, 年度总体目标, 绩效指标, 总分). A row is recognised
/// by its labels first and by the block it falls in second, so blocks in an unusual order still read.
/// </summary>
internal sealed class FormReader(CategoryVocabulary vocabulary)
{
    public (Form Form, IReadOnlyList<ExtractionWarning> Warnings) Read(IReadOnlyList<LayoutRow> rows, int formIndex)
    {
        var warnings = new FormWarnings(formIndex);
        var cells = new CellFactory(warnings);
        var header = new HeaderReader(cells);
        var funding = new FundingReader(cells);
        var goals = new GoalsReader(cells);
        var table = new IndicatorTableReader(vocabulary, cells, warnings);
        TextCell? grade = null;
        var block = Block.Header;
        var first = rows.Count > 0 ? FirstOrigin(rows[0]) : CellOrigin.None;
        foreach (var row in rows)
        {
            if (FundingReader.UnitOf(row) is { } unit)
            {
                funding.SetUnit(unit);
                block = Block.Funding;
            }

            if (FundingReader.IsFundingRow(row))
            {
                funding.Read(row);
            }
            else if (Labels.FindAny(row, SelfEvaluationTemplate.GradeLabels) is { } gradeLabel)
            {
                grade ??= cells.Text(Labels.ValueAfter(row, gradeLabel));
            }
            else if (row.NonEmpty.FirstOrDefault(Labels.IsTotal) is { } totalLabel)
            {
                table.ReadTotal(row, totalLabel);
                block = Block.Total;
            }
            else if (row.NonEmpty.Any(c => Labels.Is(c, SelfEvaluationTemplate.IndicatorHeaderMarker)))
            {
                table.ReadHeader(row);
                block = Block.Indicators;
            }
            else if (GoalsReader.IsHeader(row))
            {
                goals.ReadHeader(row);
                block = Block.Goals;
            }
            else if (block < Block.Funding && header.Read(row))
            {
                // Title, year and project lines.
            }
            else if (block == Block.Goals)
            {
                goals.ReadContent(row);
            }
            else if (block == Block.Indicators)
            {
                table.ReadRow(row);
            }
            else if (block == Block.Total && table.ReadTotalContinuation(row))
            {
                // The figures of a 总分 row spread over several lines.
            }
            else if (block != Block.Funding || !IsFundingHeading(row))
            {
                warnings.Add("unplaced-row", $"A row that fits no block of the form: '{Describe(row)}'.", null, FirstOrigin(row));
            }
        }

        var (indicators, totalWeight, totalScore) = table.Build();
        Complain(table, funding, indicators, warnings, rows.Count > 0 ? FirstOrigin(rows[^1]) : first);
        var form = new Form
        {
            FormIndex = formIndex,
            Location = Location(rows),
            Template = SelfEvaluationTemplate.Id,
            Title = header.Title,
            FiscalYear = header.FiscalYear,
            ProjectName = header.ProjectName,
            Department = header.Department,
            ImplementingUnit = header.ImplementingUnit,
            Funding = funding.Result,
            Goals = goals.Result,
            Indicators = indicators,
            TotalWeight = totalWeight,
            TotalScore = totalScore,
            Grade = grade,
        };
        return (form, warnings.Items);
    }

    private static void Complain(IndicatorTableReader table, FundingReader funding, IReadOnlyList<Indicator> indicators, FormWarnings warnings, CellOrigin end)
    {
        if (funding.Result.Total is null)
        {
            warnings.Add("funding-missing", "The form has no 年度资金总额 row.", "/funding", end);
        }

        if (!table.HeaderSeen || indicators.Count == 0)
        {
            warnings.Add("indicators-missing", "The form has no indicator table: it may be cut off.", "/indicators", end);
        }

        if (!table.TotalSeen)
        {
            warnings.Add("total-missing", "The form has no 总分 row: it may be cut off.", "/totalScore", end);
        }

        if (indicators.Count >= 3 && indicators.All(i => i.Actual is null))
        {
            warnings.Add("empty-column", "The 实际完成值 column is empty on every indicator row.", "/indicators", end);
        }
    }

    private static bool IsFundingHeading(LayoutRow row) =>
        row.NonEmpty.All(c => Labels.IsAny(c, SelfEvaluationTemplate.FundingHeadings)
            || Labels.Key(c).StartsWith(SelfEvaluationTemplate.FundingBlock, StringComparison.Ordinal));

    private static FormLocation Location(IReadOnlyList<LayoutRow> rows)
    {
        int? first = null, last = null;
        var pages = new SortedSet<int>();
        foreach (var row in rows)
        {
            if (row.Page is { } rowPage)
            {
                pages.Add(rowPage);
            }

            foreach (var cell in row.Cells)
            {
                var origin = cell.Origin;
                if (origin.Line is { } line)
                {
                    first = first is { } f ? Math.Min(f, line) : line;
                    last = last is { } l ? Math.Max(l, line) : line;
                }

                if (origin.Page is { } page)
                {
                    pages.Add(page);
                }
            }
        }

        return new FormLocation
        {
            Lines = first is { } from && last is { } to ? [from, to] : null,
            Pages = pages.Count > 0 ? pages.ToArray() : null,
        };
    }

    private static CellOrigin FirstOrigin(LayoutRow row) => row.NonEmpty.Count > 0 ? row.NonEmpty[0].Origin : CellOrigin.None;

    private static string Describe(LayoutRow row)
    {
        var text = string.Join(" | ", row.NonEmpty.Select(c => c.Text.Trim()));
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    private enum Block
    {
        Header,
        Funding,
        Goals,
        Indicators,
        Total,
    }
}
