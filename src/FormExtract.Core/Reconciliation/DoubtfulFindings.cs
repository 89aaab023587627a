using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Reconciliation;

/// <summary>
/// Marks the findings that rest on figures the recogniser read unsurely. A finding rests on a cell when
/// another value in that cell would change it (it goes away, or its stated or expected figure changes), so no
/// rule needs its own list of cells. Such a finding keeps its rule and path, carries a <see cref="FindingDoubt"/>
/// naming the unsure cells and the other readings under which it would not hold, and an error becomes a
/// warning: an auditor must not be told a department erred on a figure the reader itself doubts.
/// </summary>
internal static class DoubtfulFindings
{
    /// <summary>
    /// A cell read with less confidence than this is unsure: a blurred photograph's misread digits come back at
    /// 0.85–0.9. The reconciler weighs the other readings of the same cells (<see cref="ReadingReconciler"/>).
    /// </summary>
    public const double UnsureBelow = 0.9;

    /// <summary>Other readings named per finding at most: the message should stay short.</summary>
    private const int MaxReadings = 3;

    /// <summary>The form with its findings marked; the other readings named are those the cells carry (<see cref="CellEvidence.Readings"/>).</summary>
    /// <remarks>
    /// Only a recognised cell is unsure: a printed cell's confidence (the model's, since every cell has one) says how
    /// its placement was guessed, not that its figure might read otherwise. A cell that carries its evidence says
    /// whether it was recognised; one read back from JSON takes <paramref name="recognised"/> (the document's <c>source.ocr</c>).
    /// </remarks>
    public static Form Mark(FormValidator validator, Form form, bool recognised = true)
    {
        // Text, HTML and born-digital PDF cells are printed, never unsure: most forms have no unsure cell at all.
        if (form.Findings.Count == 0 || !HasUnsureCell(form, recognised))
        {
            return form;
        }

        var unsure = Slots(form).Where(s => IsUnsure(s.Cell, recognised)).ToArray();
        if (unsure.Length == 0)
        {
            return form;
        }

        var perturbed = unsure.Select(s => (Slot: s, Findings: s.Perturbed().Select(validator.Validate).ToArray())).ToArray();
        var findings = form.Findings.Select(finding =>
        {
            var resting = perturbed.Where(p => p.Findings.Any(after => !Holds(finding, after))).Select(p => p.Slot).ToArray();
            if (resting.Length == 0)
            {
                return finding;
            }

            var readings = resting
                .SelectMany(slot => (slot.Cell.Evidence?.Readings ?? []).Distinct(StringComparer.Ordinal).Select(text => (slot, text)))
                .Where(r => r.slot.WithText(r.text) is { } changed && !validator.Validate(changed).Any(f => Same(f, finding)))
                .Select(r => new DoubtReading(r.slot.Path, r.text))
                .Take(MaxReadings)
                .ToArray();
            var doubt = new FindingDoubt { Severity = finding.Severity, Cells = [.. resting.Select(s => s.Path)], Readings = readings };
            return finding with { Severity = finding.Severity == Severity.Error ? Severity.Warning : finding.Severity, Doubt = doubt };
        }).ToArray();
        return form with { Findings = findings };
    }

    /// <summary>
    /// For each of the form's findings, in order, the figure cells it rests on, sure or not (the same test as
    /// <see cref="Mark"/>: another value in the cell would change it). A finding is taken as the rule gives it
    /// (an error made a warning by its doubt is an error again); one the validator does not give for the form as
    /// it is rests on no cell.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> RestingCells(FormValidator validator, Form form)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(form);
        if (form.Findings.Count == 0)
        {
            return [];
        }

        var given = validator.Validate(form);
        var perturbed = Slots(form).Select(s => (s.Path, Findings: s.Perturbed().Select(validator.Validate).ToArray())).ToArray();
        return [.. form.Findings.Select(f => f with { Severity = f.Doubt?.Severity ?? f.Severity, Doubt = null }).Select(finding => Holds(finding, given)
            ? (IReadOnlyList<string>)[.. perturbed.Where(p => p.Findings.Any(after => !Holds(finding, after))).Select(p => p.Path).Distinct(StringComparer.Ordinal)]
            : [])];
    }

    /// <summary>Whether any cell <see cref="Slots"/> would yield is unsure, looked up without building the slots.</summary>
    private static bool HasUnsureCell(Form form, bool recognised)
    {
        var funding = form.Funding;
        foreach (var (_, row) in FormCells.FundingRows(funding))
        {
            if (row is not null && (IsUnsure(row.InitialBudget, recognised) || IsUnsure(row.AdjustedBudget, recognised) || IsUnsure(row.Executed, recognised)))
            {
                return true;
            }
        }

        if (IsUnsure(funding.Weight, recognised) || IsUnsure(funding.ExecutionRate, recognised) || IsUnsure(funding.Score, recognised) || IsUnsure(form.TotalWeight, recognised) || IsUnsure(form.TotalScore, recognised))
        {
            return true;
        }

        foreach (var indicator in form.Indicators)
        {
            if (IsUnsure(indicator.Weight, recognised) || IsUnsure(indicator.Score, recognised) || IsUnsure(indicator.Target, recognised) || IsUnsure(indicator.Actual, recognised))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsure(Cell? cell, bool recognised) =>
        cell?.Confidence is { } c && c < UnsureBelow && (cell.Evidence is { } evidence ? evidence.Recognised : recognised);

    private static bool Same(Finding a, Finding b) => a.Rule == b.Rule && a.Path == b.Path;

    /// <summary>Whether <paramref name="finding"/> is still reported, unchanged, among <paramref name="after"/>.</summary>
    private static bool Holds(Finding finding, IReadOnlyList<Finding> after) =>
        after.Any(f => Same(f, finding) && f.Stated == finding.Stated && f.Expected == finding.Expected && f.Severity == finding.Severity);

    /// <summary>The figure cells of a form that a misreading can touch: numbers, rates and measures.</summary>
    private static IEnumerable<Slot> Slots(Form form)
    {
        foreach (var slot in NumberSlot.Of(form))
        {
            var value = slot.Cell.Value;
            yield return new Slot(
                slot.Path,
                slot.Cell,
                () => value is null ? [] : [.. Others(value.Value).Select(other => slot.Replace(slot.Cell with { Value = other }))],
                text => (slot.IsRate ? RateParser.Parse(text) : NumberParser.Parse(text))?.Value is { } parsed && parsed != value
                    ? slot.Replace(slot.Cell with { Text = text, Value = parsed })
                    : null);
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var index = i;
            var indicator = form.Indicators[i];
            Form With(Indicator changed) => form with { Indicators = [.. form.Indicators.Select((x, j) => j == index ? changed : x)] };
            if (indicator.Target is { Value.Number: { } target } targetCell)
            {
                yield return new Slot(FormPaths.Indicator(i, "target"), targetCell, () => Perturb(targetCell, target, c => With(indicator with { Target = c })), _ => null);
            }

            if (indicator.Actual is { Value.Number: { } actual } actualCell)
            {
                yield return new Slot(FormPaths.Indicator(i, "actual"), actualCell, () => Perturb(actualCell, actual, c => With(indicator with { Actual = c })), _ => null);
            }
        }
    }

    private static Form[] Perturb(MeasureCell cell, decimal number, Func<MeasureCell, Form> replace) =>
        [.. Others(number).Select(other => replace(cell with { Value = cell.Value! with { Number = other } }))];

    /// <summary>
    /// Other values a cell's figure is tried with: one larger and one smaller than any a finding could still hold
    /// for unchanged, and the figure with its point moved one place either way, the slip a scan makes most (7.5
    /// read as 75): a 得分 ten times its 分值 halved is still too large, but not once its point is put back. A
    /// negative figure is also tried without its sign, a mark misread as a minus (a `>=` too small to read gave
    /// `-90%` for `>=90%`); doubled it would only grow more negative, so it is its size that is doubled.
    /// </summary>
    private static decimal[] Others(decimal value) => value < 0
        ? [-value, (-value * 2) + 1, value / 2, value * 10, value / 10]
        : [(value * 2) + 1, value / 2, value * 10, value / 10];

    /// <summary>
    /// A figure cell with the form as it would be were the cell to hold other values (made only for unsure cells:
    /// most forms have none), and with another reading of it.
    /// </summary>
    private sealed record Slot(string Path, Cell Cell, Func<IReadOnlyList<Form>> Perturbed, Func<string, Form?> WithText);
}
