using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Builds the indicators from the tagged rows of the indicator table: joins split cells back onto their
/// rows, resolves the merged category cells, makes the typed indicators, and takes figures without a label
/// for the total when the form's 总分 label was lost.
/// </summary>
internal sealed class IndicatorTableBuilder(FormTemplate template, CellFactory cells, FormWarnings warnings)
{
    private readonly List<ParsedRow> _rows = [];

    public void Add(ParsedRow row) => _rows.Add(row);

    /// <summary>The indicators, and the figures of label-less rows that may be the total.</summary>
    public (IReadOnlyList<Indicator> Indicators, IReadOnlyList<LayoutCell> TotalFigures) Build(bool totalSeen, bool startsCut)
    {
        var (drafts, totalFigures) = Drafts(totalSeen);
        new CategoryResolver(template.Categories, template.WeightSplit, template.IsSubRow).Resolve(drafts, startsCut);
        if (!totalSeen && drafts.Count > 0 && drafts[^1].ReasonParts is [.., var last] && template.Categories.IsCutLabel(last.Text))
        {
            // The input ended inside the next category's label, which the row alignment took for the last reason.
            drafts[^1].ReasonParts.RemoveAt(drafts[^1].ReasonParts.Count - 1);
            warnings.Add("unplaced-cell", $"Text '{last.Text}' at the end is a category label cut short.", "/indicators", last.Origin);
        }

        return (drafts.Select(ToIndicator).ToArray(), totalFigures);
    }

    private (List<IndicatorDraft> Drafts, List<LayoutCell> TotalFigures) Drafts(bool totalSeen)
    {
        var drafts = new List<IndicatorDraft>();
        var totalFigures = new List<LayoutCell>();
        var pending = new List<(ParsedRow Row, int Previous)>();
        foreach (var parsed in _rows)
        {
            switch (parsed)
            {
                case ParsedRow.IndicatorRow { Name: { } figure } when Normalization.NumberParser.IsNumber(figure.Key):
                    // A name is words: a bare figure under the name's heading is a row read out of its columns (a score
                    // taken for a name), whose other cells cannot be trusted either.
                    warnings.Add("unplaced-cell", $"A row whose name would be the figure '{figure.Text.Trim()}' is out of its columns and was not read as an indicator.", "/indicators", figure.Origin);
                    break;
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
                case ParsedRow.Figures figures when !totalSeen && totalFigures.Count == 0 && figures.Numbers.Count >= 2:
                    totalFigures.AddRange(figures.Numbers.TakeLast(2));
                    break;
                case ParsedRow.Figures figures:
                    warnings.Add("unplaced-cell", $"Figures without an indicator: {string.Join(" ", figures.Numbers.Select(n => n.Text))}.", "/indicators", figures.Numbers[0].Origin);
                    break;
                default:
                    pending.Add((parsed, drafts.Count - 1));
                    break;
            }
        }

        if (!totalSeen && pending.Count > 0 && pending[^1] is (ParsedRow.Fragment cut, var before) && before == drafts.Count - 1 && StartsCutRow(cut, before >= 0 ? drafts[before] : null))
        {
            pending.RemoveAt(pending.Count - 1);
            drafts.Add(new IndicatorDraft(cut.Text) { Level1Label = cut.Level1Label, Level2Label = cut.Level2Label, FollowsBreak = cut.Row.FollowsBreak });
        }

        foreach (var (row, previous) in pending)
        {
            Attach(row, previous, drafts);
        }

        return (drafts, totalFigures);
    }

    /// <summary>
    /// Whether a lone text after the last row of a form that ends before its total is the name of the row the input
    /// cut off there: its line keeps the row's other cells, empty (the row's start, printed as far as the cut), and
    /// the row above leaves no text open for it to go on (a reason wanted and missing, or one not brought to its
    /// full stop). A text alone on its line, or after a page break, is a piece of the row above.
    /// </summary>
    private static bool StartsCutRow(ParsedRow.Fragment fragment, IndicatorDraft? previous)
    {
        var cells = fragment.Row.Cells;
        var at = cells.ToList().FindIndex(c => ReferenceEquals(c, fragment.Text) || (c.Column == fragment.Text.Column && c.Text == fragment.Text.Text));
        if (fragment.Row.FollowsBreak || at < 0 || at == cells.Count - 1 || cells.Skip(at + 1).Any(c => !c.IsEmpty))
        {
            return false;
        }

        if (previous is null)
        {
            return false;
        }

        var open = previous.HasReason ? !EndsSentence(previous.ReasonParts[^1].Text) : previous.NeedsReason;
        return !open;
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '！' or '？';

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
        // Labels printed alone that open a group (both levels), or over the table's empty rows, name the rows below.
        var opensBelow = row is ParsedRow.LabelsOnly { BeforeEmptyRow: true } || (row.Level1Label is not null && row.Level2Label is not null);
        if (row.Level1Label is { } level1 && (previous is { Level1Label: null } && !opensBelow ? previous : next is { Level1Label: null } ? next : null) is { } forLevel1)
        {
            forLevel1.Level1Label = level1;
        }

        if (row.Level2Label is { } level2 && (next is { Level2Label: null } ? next : previous is { Level2Label: null } && !opensBelow ? previous : null) is { } forLevel2)
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

        var name = Joined(draft.NameParts);
        return new Indicator
        {
            Level1 = draft.Level1Label is { } level1 ? cells.Value(level1) : null,
            Level2 = draft.Level2Label is { } level2 ? cells.Value(level2) : null,
            Name = draft.CategoryChosen && name is not null
                ? name with { Evidence = CellEvidence.With(name.Evidence, CellPlacement.Categorised) }
                : name,
            Target = Target(draft.Target),
            Actual = cells.Measure(draft.Actual),
            Weight = cells.Number(draft.Weight, path + "/weight"),
            Score = cells.Number(draft.Score, path + "/score"),
            DeviationReason = Joined(draft.ReasonParts),
        };
    }

    /// <summary>
    /// A split target is one cell: its text the three parts joined (≧ + 735 + 人次 is ≧735人次), its value read
    /// without a 指标性质 that is a word rather than a comparator (定性, 定量).
    /// </summary>
    private MeasureCell? Target(TargetParts target)
    {
        if (target.Whole is { } whole || target.IsEmpty)
        {
            return cells.Measure(target.Whole);
        }

        var parts = new[] { target.Comparator, target.Number, target.Unit }.OfType<LayoutCell>().Where(c => !c.IsEmpty).ToArray();
        if (parts.Length == 0)
        {
            return null;
        }

        var text = string.Concat(parts.Select(p => p.Text.Trim()));
        var comparator = target.Comparator is { } symbol && Normalization.MeasureParser.IsComparator(symbol.Text) ? symbol.Text.Trim() : string.Empty;
        var value = comparator + string.Concat(new[] { target.Number, target.Unit }.OfType<LayoutCell>().Select(p => p.Text.Trim()));
        var origin = parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin));
        return cells.Measure(text, value, origin);
    }

    private TextCell? Joined(List<(string Text, CellOrigin Origin)> parts) => parts.Count == 0
        ? null
        : cells.Text(FragmentJoiner.Join(parts.Select(p => p.Text)), parts.Skip(1).Aggregate(parts[0].Origin, (o, p) => o.Join(p.Origin)));
}
