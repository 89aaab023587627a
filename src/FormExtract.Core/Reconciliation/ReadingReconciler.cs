using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Reconciliation;

/// <summary>
/// Checks a recognised figure that breaks one of the form's own equations (年度资金总额 = the sum of its
/// sources, 执行率 = 全年执行数 / 全年预算数, 得分 from 分值 and 执行率, the 分值 and 得分 adding up to 总分)
/// against the other readings the recogniser found plausible for that cell, before the break becomes a
/// finding. A reading is replaced only when the cell was read unsurely and exactly one alternative, of all the
/// uncertain cells, makes that equation hold without breaking anything else; where
/// none or several do, the reading and its finding stand, since an auditor must never get a number the page
/// does not support. Every replacement is reported as a warning naming the cell, the reading and the value taken.
/// A cell is read unsurely when the recogniser's confidence is low (any of its other readings may hold) or when
/// two recognisers read different figures in it (then only the other one's reading is weighed): on a phone
/// capture one recogniser reads a printed 7.5 as 7.9 at 0.89, where the other reads it right.
/// </summary>
public sealed class ReadingReconciler
{
    public const string ReplacedCode = "alternative-reading";

    /// <summary>Rules that state an equation between figures: breaking one is evidence that a figure was misread.</summary>
    internal static readonly HashSet<string> EquationRules =
        ["funding-breakdown", "execution-rate", "budget-score", "total-weight", "weight-split", "total-score"];

    private readonly FormValidator _validator;
    private readonly double _lowConfidence;

    /// <param name="validator">The validator whose findings decide which readings hold.</param>
    /// <param name="lowConfidence">
    /// Cells read with less confidence than this (0..1) are weighed against all their other readings; others only
    /// against a disputing one. Default: the bar under which a finding resting on the cell is doubtful, so that the
    /// cells whose findings would be doubted are the cells whose readings are weighed first.
    /// </param>
    public ReadingReconciler(FormValidator validator, double lowConfidence = DoubtfulFindings.UnsureBelow)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentOutOfRangeException.ThrowIfNegative(lowConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lowConfidence, 1);
        _validator = validator;
        _lowConfidence = lowConfidence;
    }

    /// <summary>The form with every reading that its equations single out replaced, and a warning for each replacement.</summary>
    /// <remarks>The other readings are those each cell carries (<see cref="CellEvidence.Readings"/>); a form read from text has none.</remarks>
    public (Form Form, IReadOnlyList<ExtractionWarning> Warnings) Reconcile(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var warnings = new List<ExtractionWarning>();
        var current = form;
        // Each step settles one equation; a replacement never adds a finding, so the findings shrink every step.
        while (Step(current) is { } step)
        {
            current = step.Form;
            warnings.Add(Warning(current.FormIndex, step));
        }

        return (current, warnings);
    }

    private Replacement? Step(Form form)
    {
        if (!NumberSlot.Of(form).Any(s => s.Cell.Evidence is { Readings.Count: > 0 }))
        {
            return null;
        }

        var before = Keys(_validator.Validate(form));
        var broken = before.Where(k => EquationRules.Contains(k.Rule)).ToArray();
        if (broken.Length == 0)
        {
            return null;
        }

        var fits = new List<Replacement>();
        foreach (var slot in NumberSlot.Of(form))
        {
            foreach (var text in Unsure(slot.Cell))
            {
                var value = (slot.IsRate ? RateParser.Parse(text) : NumberParser.Parse(text))?.Value;
                if (value is null || value == slot.Cell.Value)
                {
                    continue;
                }

                var changed = slot.Replace(slot.Cell with { Text = text, Value = value });
                var after = Keys(_validator.Validate(changed));
                var settled = broken.Where(k => !after.Contains(k)).Select(k => k.Rule).ToArray();
                if (after.IsProperSubsetOf(before) && settled.Length > 0)
                {
                    fits.Add(new Replacement(changed, slot, text, settled));
                }
            }
        }

        // The first broken equation that exactly one value of one cell settles; two cells or two values that
        // would each do leave the page undecided.
        foreach (var (rule, path) in broken)
        {
            var candidates = fits.Where(f => f.Settled.Contains(rule))
                .DistinctBy(f => (f.Slot.Path, Value: (f.Slot.IsRate ? RateParser.Parse(f.Text) : NumberParser.Parse(f.Text))?.Value))
                .ToArray();
            if (candidates.Length == 1)
            {
                return candidates[0];
            }
        }

        return null;
    }

    /// <summary>The readings of a cell that may stand in for it: all of them where the recogniser was unsure, the disputing one where it was sure.</summary>
    private IEnumerable<string> Unsure(NumberCell cell) => cell switch
    {
        { Confidence: { } confidence, Evidence.Readings: { Count: > 0 } readings } when confidence < _lowConfidence => readings.Distinct(StringComparer.Ordinal),
        { Confidence: not null, Evidence.Disputed: { } disputed } => [disputed],
        _ => [],
    };

    private static HashSet<(string Rule, string Path)> Keys(IEnumerable<Finding> findings) => [.. findings.Select(f => (f.Rule, f.Path))];

    private static ExtractionWarning Warning(int formIndex, Replacement step) => new(
        ReplacedCode,
        string.Create(
            CultureInfo.InvariantCulture,
            $"'{step.Slot.Cell.Text}' was read with confidence {step.Slot.Cell.Confidence:0.00}{(step.Slot.Cell.Evidence?.Disputed is { } other ? $" (another recogniser read '{other}')" : string.Empty)} and breaks the form's figures ({string.Join(", ", step.Settled.Distinct())}); ")
            + $"'{step.Text}' is the one other reading of the cell under which they hold, and was taken. Check it against the scan.",
        formIndex,
        step.Slot.Path,
        step.Slot.Cell.Page,
        step.Slot.Cell.Line);

    private sealed record Replacement(Form Form, NumberSlot Slot, string Text, IReadOnlyList<string> Settled);
}
