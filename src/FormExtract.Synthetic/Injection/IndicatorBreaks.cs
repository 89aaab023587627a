using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Injection;

/// <summary>The injected errors that live in the indicator table; the form's total follows each change.</summary>
internal static class IndicatorBreaks
{
    public static (FormDraft Draft, IReadOnlyList<Finding> Findings)? Inject(Random random, FormDraft draft, string rule, Theme theme) => rule switch
    {
        InjectedRules.MissingDeviationReason => MissingReason(random, draft, theme),
        InjectedRules.ScoreExceedsWeight => ScoreAboveWeight(random, draft),
        InjectedRules.IndicatorScore => random.Chance(0.7) ? OverClaimed(random, draft, theme) : UnderScored(random, draft, theme),
        InjectedRules.WeightSplit => WeightSplit(random, draft),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No injection is known for this rule."),
    };

    private static (FormDraft, IReadOnlyList<Finding>)? MissingReason(Random random, FormDraft draft, Theme theme)
    {
        // A row that rightly loses points (its score follows from its actual) but explains nothing.
        var index = PickRow(random, draft, row => row.Actual is not null && row.Pattern.Kind != MeasureKind.Zero);
        if (index is not { } i)
        {
            return null;
        }

        var row = IndicatorFactory.Redraw(random, draft.Indicators[i], draft.Indicators[i].Pattern, met: false, theme) with { Reason = string.Empty };
        if (row.Score.Value >= row.Weight.Value)
        {
            return null;
        }

        return Finish(draft, i, row, InjectedRules.MissingDeviationReason, Severity.Warning, "deviationReason",
            null, null, "得分 is below 分值 and no deviation reason is given.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? ScoreAboveWeight(Random random, FormDraft draft)
    {
        // A qualitative row, so that the indicator-score rule has nothing to say about it.
        var index = PickRow(random, draft, row => !row.IsQuantitative && row.Score.Value == row.Weight.Value);
        if (index is not { } i)
        {
            return null;
        }

        var row = draft.Indicators[i] with { Score = Figures.Trimmed(draft.Indicators[i].Weight.Value + random.Pick([1m, 2m, 5m])) };
        return Finish(draft, i, row, InjectedRules.ScoreExceedsWeight, Severity.Error, "score",
            row.Score.Text, row.Weight.Text, "得分 exceeds 分值.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? OverClaimed(Random random, FormDraft draft, Theme theme)
    {
        // The actual falls short of a >=/= target but the row claims its full weight.
        var index = PickRow(random, draft, row => IsRatioRow(row));
        if (index is not { } i)
        {
            return null;
        }

        var fair = IndicatorFactory.Redraw(random, draft.Indicators[i], draft.Indicators[i].Pattern, met: false, theme);
        var row = fair with { Score = fair.Weight, Reason = string.Empty };
        return Finish(draft, i, row, InjectedRules.IndicatorScore, Severity.Error, "score",
            row.Score.Text, fair.Score.Text, "得分 is higher than the completion allows.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? UnderScored(Random random, FormDraft draft, Theme theme)
    {
        // The target is met but points are taken off anyway (with a reason, as the real sample does).
        var index = PickRow(random, draft, row => IsRatioRow(row) && row.Score.Value == row.Weight.Value && row.Weight.Value >= 2m);
        if (index is not { } i)
        {
            return null;
        }

        var full = draft.Indicators[i];
        var row = full with { Score = Figures.Trimmed(full.Weight.Value - random.Pick([1m, 0.5m])), Reason = IndicatorFactory.Reason(random, theme) };
        return Finish(draft, i, row, InjectedRules.IndicatorScore, Severity.Info, "score",
            row.Score.Text, full.Weight.Text, "得分 is lower than the completion allows.");
    }

    private static (FormDraft, IReadOnlyList<Finding>)? WeightSplit(Random random, FormDraft draft)
    {
        // Points moved from an output row to a benefit row: the total stays 100, the 50/30 split does not.
        var groups = draft.Scored.Select(i => i.Level1).Distinct().ToArray();
        var from = PickRow(random, draft, row => row.Level1 == groups[0] && row.Score.Value == row.Weight.Value && row.Weight.Value > 4m);
        var to = PickRow(random, draft, row => row.Level1 == groups[1] && row.Score.Value == row.Weight.Value);
        if (from is not { } f || to is not { } t)
        {
            return null;
        }

        var moved = random.Pick([2m, 3m]);
        var rows = draft.Indicators.ToArray();
        rows[f] = Reweigh(rows[f], rows[f].Weight.Value - moved);
        rows[t] = Reweigh(rows[t], rows[t].Weight.Value + moved);
        var broken = ErrorInjector.WithConsistentTotal(draft with { Indicators = rows });
        var usual = draft.Profile.GroupWeights;
        var findings = new[] { (groups[0], -moved, usual[0]), (groups[1], moved, usual[1]) }
            .Select(g => new Finding(InjectedRules.WeightSplit, Severity.Warning, $"/indicators/{FirstRowOf(rows, g.Item1)}",
                Figures.Number(g.Item3 + g.Item2), Figures.Number(g.Item3), $"The 分值 of {g.Item1} do not add up to {Figures.Number(g.Item3)}."))
            .ToArray();
        return (broken, findings);
    }

    /// <summary>A group's finding points at its first row, where its 一级指标 label is printed.</summary>
    private static int FirstRowOf(IndicatorDraft[] rows, string level1) => Array.FindIndex(rows, r => r.Level1 == level1);

    private static IndicatorDraft Reweigh(IndicatorDraft row, decimal weight)
    {
        var printed = Figures.Trimmed(weight);
        return row with { Weight = printed, Score = printed };
    }

    private static bool IsRatioRow(IndicatorDraft row) =>
        row.Pattern.Kind is MeasureKind.PlanRate or MeasureKind.MinimumRate or MeasureKind.Count or MeasureKind.LargeCount
        && row.Actual is not null;

    private static int? PickRow(Random random, FormDraft draft, Func<IndicatorDraft, bool> fits)
    {
        var candidates = draft.Indicators.Select((row, i) => (row, i)).Where(p => !p.row.IsSubRow && fits(p.row)).Select(p => p.i).ToArray();
        return candidates.Length == 0 ? null : random.Pick(candidates);
    }

    private static (FormDraft, IReadOnlyList<Finding>) Finish(
        FormDraft draft, int index, IndicatorDraft row, string rule, Severity severity, string field, string? stated, string? expected, string message)
    {
        var rows = draft.Indicators.ToArray();
        rows[index] = row;
        var broken = ErrorInjector.WithConsistentTotal(draft with { Indicators = rows });
        return ErrorInjector.One(broken, rule, severity, $"/indicators/{index}/{field}", stated, expected, message);
    }
}
