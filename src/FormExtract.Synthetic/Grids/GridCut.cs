using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Grids;

/// <summary>
/// A form cut off as web indexes and excerpts cut them: before a row of its indicator table, before its total, or
/// in the middle of a cell. The cut table prints everything before the cut; its truth keeps exactly the fields
/// printed whole (a cell cut in its middle keeps the text printed), is <c>truncated</c>, and reports what the rules
/// find in what is left (a score below its weight whose reason was cut away).
/// </summary>
internal static class GridCut
{
    public enum Where
    {
        BeforeIndicatorRow,
        BeforeTotal,
        InsideCell,
    }

    /// <summary>The form and its table cut at a place drawn in the indicator table; the form must be clean.</summary>
    public static (Form Truth, FormGrid Grid) Cut(Form form, FormGrid grid, Random random)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(grid);
        if (form.Findings.Count > 0)
        {
            throw new ArgumentException("Only clean forms are cut: an injected error could be cut away with the cells it needs.", nameof(form));
        }

        var indicatorRows = Enumerable.Range(0, grid.Rows.Count).Where(r => grid.Rows[r].InIndicators).ToArray();
        var where = indicatorRows.Length < 2 ? Where.BeforeTotal : (Where)random.Next(3);
        var (row, cell, chars) = where switch
        {
            Where.BeforeIndicatorRow => (indicatorRows[random.Next(1, indicatorRows.Length)], 0, 0),
            Where.BeforeTotal => (indicatorRows[^1] + 1, 0, 0),
            _ => InsideCell(grid, indicatorRows, random),
        };
        var cut = CutGrid(grid, row, cell, chars);
        return (Truth(form, cut), cut);
    }

    private static (int Row, int Cell, int Chars) InsideCell(FormGrid grid, int[] indicatorRows, Random random)
    {
        // A name or a reason long enough to be cut inside; else a cut between two cells of the row.
        var row = indicatorRows[random.Next(indicatorRows.Length)];
        var cells = grid.Rows[row].Cells;
        var texts = Enumerable.Range(0, cells.Count)
            .Where(i => cells[i].Field is { } f && (f.EndsWith("/name", StringComparison.Ordinal) || f.EndsWith("/deviationReason", StringComparison.Ordinal)) && cells[i].Text.Length >= 6)
            .ToArray();
        if (texts.Length == 0)
        {
            return (row, random.Next(1, Math.Max(2, cells.Count)), 0);
        }

        var index = random.Pick(texts);
        return (row, index, random.Next(2, cells[index].Text.Length - 2));
    }

    private static FormGrid CutGrid(FormGrid grid, int row, int cell, int chars)
    {
        var rows = grid.Rows.Take(row).ToList();
        if (row < grid.Rows.Count)
        {
            var last = grid.Rows[row].Cells.Take(cell).ToList();
            if (chars > 0)
            {
                var partial = grid.Rows[row].Cells[cell];
                last.Add(partial with { Text = partial.Text[..chars], Html = null, Field = partial.Field is { } f ? f + Partial : null });
            }

            rows.Add(grid.Rows[row] with { Cells = last });
        }

        // A merged cell ends where the table does.
        var clipped = rows.Select((r, i) => r with { Cells = r.Cells.Select(c => c with { RowSpan = Math.Min(c.RowSpan, rows.Count - i) }).ToArray() }).ToArray();
        return grid with { Rows = clipped };
    }

    /// <summary>The mark on a field whose cell was cut inside: its text is what was printed.</summary>
    private const string Partial = "#partial";

    private static Form Truth(Form form, FormGrid cut)
    {
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, cell) in cut.Cells)
        {
            if (cell.Field is { } field)
            {
                printed[field] = cell.Text;
            }
        }

        bool Whole(string field) => printed.ContainsKey(field);
        TextCell? Text(TextCell? full, string field) =>
            Whole(field) ? full : printed.TryGetValue(field + Partial, out var part) ? new TextCell { Text = part, Value = TextNormalizer.Normalize(part) } : null;

        var indicators = new List<Indicator>();
        var findings = new List<Finding>();
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var path = $"/indicators/{i}";
            var full = form.Indicators[i];
            if (Text(full.Name, path + "/name") is not { } name)
            {
                break;
            }

            var kept = full with
            {
                Name = name,
                Target = Whole(path + "/target") ? full.Target : null,
                Actual = Whole(path + "/actual") ? full.Actual : null,
                Weight = Whole(path + "/weight") ? full.Weight : null,
                Score = Whole(path + "/score") ? full.Score : null,
                DeviationReason = Text(full.DeviationReason, path + "/deviationReason"),
            };
            indicators.Add(kept);
            if (kept is { Weight.Value: { } weight, Score.Value: { } score, DeviationReason: null } && score < weight)
            {
                findings.Add(new Finding("missing-deviation-reason", Severity.Warning, path + "/deviationReason", null, null,
                    "得分 is below 分值 and the deviation reason was cut off."));
            }
        }

        return form with
        {
            Truncated = true,
            Indicators = indicators,
            TotalWeight = null,
            TotalScore = null,
            Grade = null,
            Findings = findings,
        };
    }
}
