using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Reads the indicator table and its 总分 row: parses each row, joins split cells back onto their rows,
/// resolves the merged category cells, and makes the typed indicators.
/// </summary>
internal sealed class IndicatorTableReader(CategoryVocabulary vocabulary, CellFactory cells, FormWarnings warnings)
{
    private readonly List<ParsedRow> _rows = [];
    private readonly List<LayoutCell> _totalFigures = [];
    private IndicatorColumns _columns = IndicatorColumns.Unknown;
    private bool _totalLabelSeen;

    public bool HeaderSeen { get; private set; }

    public bool TotalSeen => _totalLabelSeen || _totalFigures.Count > 0;

    public void ReadHeader(LayoutRow row)
    {
        HeaderSeen = true;
        _columns = IndicatorColumns.FromHeader(row);
    }

    public void ReadRow(LayoutRow row) => _rows.Add(new IndicatorRowParser(vocabulary, _columns).Parse(row));

    /// <summary>A 总分 row: its figures may follow on the next lines when the dump spread it out.</summary>
    public void ReadTotal(LayoutRow row, LayoutCell label)
    {
        _totalLabelSeen = true;
        _totalFigures.AddRange(row.NonEmpty.Where(c => c.Column > label.Column && !c.IsSpanCopy && IsFigure(c)));
    }

    /// <summary>A row after the 总分 label: figures only, continuing the spread-out total.</summary>
    public bool ReadTotalContinuation(LayoutRow row)
    {
        var figures = row.NonEmpty.Where(c => !c.IsSpanCopy).ToArray();
        if (_totalFigures.Count >= 2 || figures.Length == 0 || !figures.All(IsFigure))
        {
            return false;
        }

        _totalFigures.AddRange(figures);
        return true;
    }

    public (IReadOnlyList<Indicator> Indicators, NumberCell? TotalWeight, NumberCell? TotalScore) Build()
    {
        var drafts = Drafts();
        new CategoryResolver(vocabulary).Resolve(drafts);
        var indicators = drafts.Select((d, i) => ToIndicator(d, i)).ToArray();
        var weight = cells.Number(_totalFigures.ElementAtOrDefault(0), "/totalWeight");
        var score = cells.Number(_totalFigures.ElementAtOrDefault(1), "/totalScore");
        return (indicators, weight, score);
    }

    private List<IndicatorDraft> Drafts()
    {
        var drafts = new List<IndicatorDraft>();
        var pending = new List<(ParsedRow Row, int Previous)>();
        foreach (var parsed in _rows)
        {
            switch (parsed)
            {
                case ParsedRow.IndicatorRow row:
                    var draft = new IndicatorDraft(row.Name)
                    {
                        Level1Label = row.Level1Label,
                        Level2Label = row.Level2Label,
                        Target = row.Target,
                        Actual = row.Actual,
                        Weight = row.Weight,
                        Score = row.Score,
                        FollowsBreak = row.Row.FollowsBreak,
                    };
                    draft.ReasonParts.AddRange(row.Reason.Select(c => (c.Text.Trim(), c.Origin)));
                    drafts.Add(draft);
                    break;
                case ParsedRow.Figures figures when !TotalSeen && figures.Numbers.Count >= 2:
                    _totalFigures.AddRange(figures.Numbers.TakeLast(2));
                    break;
                case ParsedRow.Figures figures:
                    warnings.Add("unplaced-cell", $"Figures without an indicator: {string.Join(" ", figures.Numbers.Select(n => n.Text))}.", "/indicators", figures.Numbers[0].Origin);
                    break;
                default:
                    pending.Add((parsed, drafts.Count - 1));
                    break;
            }
        }

        foreach (var (row, previous) in pending)
        {
            Attach(row, previous, drafts);
        }

        return drafts;
    }

    private void Attach(ParsedRow row, int previousIndex, List<IndicatorDraft> drafts)
    {
        var previous = previousIndex >= 0 ? drafts[previousIndex] : null;
        var next = previousIndex + 1 < drafts.Count ? drafts[previousIndex + 1] : null;
        AttachLabels(row, previous, next);
        if (row is not ParsedRow.Fragment fragment)
        {
            return;
        }

        var breakAfter = next?.FollowsBreak ?? false;
        if (FragmentJoiner.Place(previous, row.Row.FollowsBreak, next, breakAfter) is not var (target, prefix))
        {
            warnings.Add("unplaced-cell", $"Text '{fragment.Text.Text.Trim()}' belongs to no indicator row.", "/indicators", fragment.Text.Origin);
            return;
        }

        var part = (fragment.Text.Text.Trim(), fragment.Text.Origin);
        var parts = fragment.InNameColumn ? target.NameParts : target.ReasonParts;
        if (prefix)
        {
            parts.Insert(0, part);
        }
        else
        {
            parts.Add(part);
        }
    }

    private static void AttachLabels(ParsedRow row, IndicatorDraft? previous, IndicatorDraft? next)
    {
        if (row.Level1Label is { } level1 && (previous is { Level1Label: null } ? previous : next is { Level1Label: null } ? next : null) is { } forLevel1)
        {
            forLevel1.Level1Label = level1;
        }

        if (row.Level2Label is { } level2 && (next is { Level2Label: null } ? next : previous is { Level2Label: null } ? previous : null) is { } forLevel2)
        {
            forLevel2.Level2Label = level2;
        }
    }

    private Indicator ToIndicator(IndicatorDraft draft, int index)
    {
        var path = $"/indicators/{index}";
        if (draft.Level1Label is null || draft.Level2Label is null)
        {
            warnings.Add("category-unresolved", "The indicator's 一级指标 or 二级指标 could not be determined.", path, draft.NameParts.FirstOrDefault().Origin);
        }

        return new Indicator
        {
            Level1 = draft.Level1Label,
            Level2 = draft.Level2Label,
            Name = Joined(draft.NameParts),
            Target = cells.Measure(draft.Target),
            Actual = cells.Measure(draft.Actual),
            Weight = cells.Number(draft.Weight, path + "/weight"),
            Score = cells.Number(draft.Score, path + "/score"),
            DeviationReason = Joined(draft.ReasonParts),
        };
    }

    private TextCell? Joined(List<(string Text, CellOrigin Origin)> parts) => parts.Count == 0
        ? null
        : cells.Text(FragmentJoiner.Join(parts.Select(p => p.Text)), parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin)));

    private static bool IsFigure(LayoutCell cell) => Normalization.NumberParser.Parse(cell.Text) is not null;
}
