using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Form building: makes the contract's form from one form's tagged rows. It reads roles only; which cell is
/// what was decided by the tagger against the form's layout.
/// </summary>
internal static class FormBuilder
{
    /// <param name="tagged">The form's rows with their roles.</param>
    /// <param name="formIndex">The form's place in its document.</param>
    /// <param name="simplify">The form is a copy in Traditional characters: its values are read in Simplified ones.</param>
    /// <param name="startsCut">The input starts inside the form (no title, no header): its beginning is lost.</param>
    public static (Form Form, IReadOnlyList<ExtractionWarning> Warnings) Build(TaggedForm tagged, int formIndex, bool simplify = false, bool startsCut = false)
    {
        var template = tagged.Template;
        var warnings = new FormWarnings(formIndex);
        var cells = new CellFactory(template, warnings, simplify);
        var funding = new FundingBuilder(cells);
        var table = new IndicatorTableBuilder(template, cells, warnings);
        var goals = (Expected: new List<LayoutCell>(), Achieved: new List<LayoutCell>());
        var totals = new List<LayoutCell>();
        var outside = new List<string>();
        var criteria = new List<LayoutRow>();
        LayoutCell? totalLabel = null;
        var totalSeen = false;
        for (var at = 0; at < tagged.Rows.Count; at++)
        {
            var row = tagged.Rows[at];
            foreach (var label in row.With(CellRole.FundingBlockLabel))
            {
                funding.AddLabel(label);
            }

            // A unit note printed on a line of its own (under the title, beside the 主管部门 stamp) names the funding's unit.
            if (row.Kind == RowKind.Unplaced)
            {
                foreach (var note in row.Row.NonEmpty.Where(c => template.HoldsUnitNote(c.Text)))
                {
                    funding.AddLabel(note);
                }
            }

            switch (row.Kind)
            {
                case RowKind.Funding:
                    funding.Add(row);
                    break;
                case RowKind.Goals:
                    goals.Expected.AddRange(row.With(CellRole.GoalsExpected));
                    goals.Achieved.AddRange(row.With(CellRole.GoalsAchieved));
                    break;
                case RowKind.Indicator:
                    table.Add(ParsedRow.From(row, beforeEmptyRow: at + 1 < tagged.Rows.Count && tagged.Rows[at + 1].Kind == RowKind.Blank));
                    break;
                case RowKind.Total:
                    totalSeen |= row.Has(CellRole.TotalWeight) || row.Has(CellRole.TotalScore) || row.Has(CellRole.Label) || row.Has(CellRole.TotalWeightInLabel);
                    totalLabel ??= row.First(CellRole.TotalWeightInLabel);
                    totals.AddRange(row.Cells.Where(c => c.Role is CellRole.TotalWeight or CellRole.TotalScore).Select(c => c.Cell));
                    if (totals.Count < 2)
                    {
                        totals.AddRange(row.With(CellRole.UnlabelledFigure).Take(2 - totals.Count));
                    }

                    break;
                case RowKind.Criterion:
                    criteria.Add(row.Row);
                    break;
                case RowKind.OutsideContract when row.Row.NonEmpty.FirstOrDefault(c => !c.IsSpanCopy) is { } first && outside.Count < 5:
                    outside.Add(first.Text.Trim());
                    break;
                case RowKind.Unplaced:
                    warnings.Add("unplaced-row", $"A row that fits no block of the form: '{Describe(row.Row)}'.", null, FirstOrigin(row.Row));
                    break;
            }
        }

        var (indicators, looseTotal) = table.Build(totalSeen, startsCut);
        if (!totalSeen && looseTotal.Count > 0)
        {
            totals.AddRange(looseTotal);
            totalSeen = true;
        }

        var (totalWeight, totalScore) = totalLabel is not null
            ? (cells.Points(totalLabel), cells.Number(totals.ElementAtOrDefault(0), "/totalScore"))
            : (cells.Number(totals.ElementAtOrDefault(0), "/totalWeight"), cells.Number(totals.ElementAtOrDefault(1), "/totalScore"));
        // A total printed among the header fields (自评总分) stands where no 总分 row gives one.
        totalScore ??= cells.Number(HeaderTotal(tagged), "/totalScore");
        var title = tagged.Rows.SelectMany(r => r.With(CellRole.Title)).FirstOrDefault();
        var year = tagged.Rows.SelectMany(r => r.With(CellRole.FiscalYear)).Select(c => FiscalYears.Find(c.Key)).FirstOrDefault(y => y is not null)
            ?? (title is null ? null : FiscalYears.Find(title.Key));
        var form = new Form
        {
            FormIndex = formIndex,
            Location = Location(tagged.Rows.Select(r => r.Row).ToArray()),
            Template = template.Id,
            FormType = template.FormTypeOf(title?.Key),
            Title = title is null ? null : cells.Value(title.Text),
            Truncated = !totalSeen || startsCut,
            FiscalYear = year,
            ProjectName = cells.Text(First(tagged, CellRole.ProjectName)),
            Department = cells.Text(First(tagged, CellRole.Department)),
            ImplementingUnit = cells.Text(First(tagged, CellRole.ImplementingUnit)),
            Funding = funding.Build(),
            Goals = new Goals { Expected = Joined(cells, goals.Expected), Achieved = Joined(cells, goals.Achieved) },
            GroupWeights = GroupWeights(tagged),
            Indicators = indicators,
            TotalWeight = totalWeight,
            TotalScore = totalScore,
            Grade = cells.Text(First(tagged, CellRole.Grade)),
        };
        if (funding.OtherTablesAt is { } otherTables)
        {
            warnings.Add("outside-contract", $"The funding block prints several funds' tables; {funding.RowsOfOtherTables} rows of the others are not read.", "/funding", otherTables);
        }

        if (criteria.Count > 0)
        {
            warnings.Add("outside-contract", $"The rubric's rows (criteria scored against their descriptions, {criteria.Count} as read) were skipped: the contract's indicators hold targets and results, which a rubric does not print.", "/indicators", FirstOrigin(criteria[0]));
        }

        FormComplaints.Add(form, tagged, outside, warnings, startsCut, rubric: criteria.Count > 0);
        return (form, warnings.Items);
    }

    private static LayoutCell? HeaderTotal(TaggedForm tagged) =>
        tagged.Rows.Where(r => r.Kind is RowKind.Header or RowKind.Title).Select(r => r.First(CellRole.TotalScore)).FirstOrDefault(c => c is not null);

    private static LayoutCell? First(TaggedForm tagged, CellRole role)
    {
        for (var at = 0; at < tagged.Rows.Count; at++)
        {
            var row = tagged.Rows[at];
            if (row.First(role) is { } cell)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>Points printed in the first-level labels, in the form's order: 产出指标(50分) gives 产出指标: 50.</summary>
    private static Dictionary<string, decimal>? GroupWeights(TaggedForm tagged)
    {
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var label in tagged.Rows.SelectMany(r => r.With(CellRole.Level1)))
        {
            if (PrintedPoints.Split(label.Key) is { Points: { } points, Words: var words })
            {
                weights.TryAdd(words, points);
            }
        }

        return weights.Count > 0 ? weights : null;
    }

    private static TextCell? Joined(CellFactory cells, List<LayoutCell> parts) => parts.Count == 0
        ? null
        : cells.Text(FragmentJoiner.Join(parts.Select(p => p.Text.Trim())), parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin)));

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

            for (var at = 0; at < row.Cells.Count; at++)
            {
                var cell = row.Cells[at];
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

    internal static CellOrigin FirstOrigin(LayoutRow row) => row.NonEmpty.Count > 0 ? row.NonEmpty[0].Origin : CellOrigin.None;

    private static string Describe(LayoutRow row)
    {
        var text = string.Join(" | ", row.NonEmpty.Select(c => c.Text.Trim()));
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
