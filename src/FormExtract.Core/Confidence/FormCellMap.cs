using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>
/// Every cell of a form with its JSON Pointer (the one findings and review use), in reading order, and the form
/// rebuilt with each cell replaced by what a function makes of it. Both come from one walk, so the order in which
/// cells are listed is the order in which they are replaced.
/// </summary>
public static class FormCellMap
{
    /// <summary>The form's cells with their paths, in the order <see cref="Map"/> visits them; the form is walked, not rebuilt.</summary>
    public static IReadOnlyList<(string Path, Cell Cell)> Cells(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cells = new List<(string, Cell)>(16 + (form.Indicators.Count * 6));
        Walk(form, (path, cell) =>
        {
            cells.Add((path, cell));
            return cell;
        });
        return cells;
    }

    /// <summary>
    /// The form with each cell replaced by <paramref name="map"/>'s result, which must be a cell of the same kind;
    /// a part of the form none of whose cells changed is kept as it is.
    /// </summary>
    public static Form Map(Form form, Func<string, Cell, Cell> map)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(map);
        return Walk(form, map);
    }

    /// <summary>
    /// The one walk: each cell in reading order, with its path, and the form rebuilt only where <paramref name="visit"/>
    /// returns another cell than it was given (listing the cells returns each as it is, and rebuilds nothing).
    /// </summary>
    private static Form Walk(Form form, Func<string, Cell, Cell> visit)
    {
        var head = FormSlots.Head.Visit(form, visit);
        var funding = Funding(form.Funding, visit);
        var goals = FormSlots.Goals.Visit(form.Goals, visit);
        var indicators = Indicators(form.Indicators, visit);
        var done = FormSlots.Tail.Visit(head, visit);
        if (ReferenceEquals(funding, form.Funding) && ReferenceEquals(goals, form.Goals) && ReferenceEquals(indicators, form.Indicators))
        {
            return done;
        }

        return done with { Funding = funding, Goals = goals, Indicators = indicators };
    }

    private static Funding Funding(Funding funding, Func<string, Cell, Cell> visit)
    {
        var done = funding;
        foreach (var (get, set, cells) in FormSlots.FundingRows)
        {
            if (get(funding) is { } row && cells.Visit(row, visit) is var now && !ReferenceEquals(now, row))
            {
                done = set(done, now);
            }
        }

        var extra = funding.ExtraRows;
        FundingRow[]? changed = null;
        for (var i = 0; i < (extra?.Count ?? 0); i++)
        {
            var row = extra![i];
            var now = FormSlots.ExtraRows.At(i).Visit(row, visit);
            if (!ReferenceEquals(now, row))
            {
                changed ??= [.. extra];
                changed[i] = now;
            }
        }

        done = FormSlots.FundingFigures.Visit(done, visit);
        return changed is null ? done : done with { ExtraRows = changed };
    }

    private static IReadOnlyList<Indicator> Indicators(IReadOnlyList<Indicator> indicators, Func<string, Cell, Cell> visit)
    {
        Indicator[]? changed = null;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var now = FormSlots.Indicators.At(i).Visit(indicator, visit);
            if (!ReferenceEquals(now, indicator))
            {
                changed ??= [.. indicators];
                changed[i] = now;
            }
        }

        return changed ?? indicators;
    }
}
