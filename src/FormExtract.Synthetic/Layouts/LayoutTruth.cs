using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The parts of a truth every layout builds alike from its draft: the header fields, the goals, the indicators
/// with the columns the layout prints, the total and grade. Each printer adds its title, funding and labels.
/// </summary>
internal static class LayoutTruth
{
    public static Form Common(FormDraft draft, string template, FormType type, string title, IReadOnlyList<Finding> findings)
    {
        var profile = draft.Profile;
        return new Form
        {
            FormIndex = 0,
            Template = template,
            FormType = type,
            Title = TextNormalizer.Normalize(title),
            FiscalYear = draft.Year,
            ProjectName = Text(draft.ProjectName),
            Department = Text(draft.Department),
            ImplementingUnit = Text(draft.ImplementingUnit),
            Goals = profile.GoalsPrinted
                ? new Goals { Expected = FormBuilder.Text(draft.ExpectedGoal), Achieved = FormBuilder.Text(draft.AchievedGoal) }
                : Goals.Empty,
            Indicators = draft.Indicators.Select(row => Indicator(row, profile)).ToArray(),
            TotalWeight = FormBuilder.Number(draft.TotalWeight),
            TotalScore = FormBuilder.Number(draft.TotalScore),
            Grade = draft.Grade is null ? null : FormBuilder.Text(draft.Grade),
            Findings = RateBasePaths(findings, profile),
        };
    }

    public static TextCell? Text(string? text) => string.IsNullOrEmpty(text) ? null : FormBuilder.Text(PrintedText.Plain(text));

    public static Indicator Indicator(IndicatorDraft row, LayoutProfile profile)
    {
        var indicator = FormBuilder.Indicator(row);
        return indicator with
        {
            Weight = row.IsSubRow || !profile.WeightsPrinted ? null : indicator.Weight,
            Score = row.IsSubRow ? null : indicator.Score,
            DeviationReason = profile.ReasonsPrinted ? indicator.DeviationReason : null,
        };
    }

    /// <summary>A funding row in the columns the layout prints: its base budget as 年初预算数(A) where that is the base.</summary>
    public static FundingRow Row(string label, AmountRow row, LayoutProfile profile) => new()
    {
        Label = TextNormalizer.Normalize(label),
        InitialBudget = profile.RateBase == RateBase.Initial ? FormBuilder.Number(row.Adjusted) : profile.InitialPrinted ? FormBuilder.Number(row.Initial) : null,
        AdjustedBudget = profile.RateBase == RateBase.Initial ? null : FormBuilder.Number(row.Adjusted),
        Executed = FormBuilder.Number(row.Executed),
    };

    /// <summary>The budget score as the layout prints its weight: 10, or 20分 where the block's label carries it.</summary>
    public static NumberCell? Number(Printed? printed, string suffix = "") =>
        printed is null ? null : new NumberCell { Text = printed.Text + suffix, Value = printed.Value };

    /// <summary>Findings on the base budget point at 年初预算数 where the layout divides by it.</summary>
    private static IReadOnlyList<Finding> RateBasePaths(IReadOnlyList<Finding> findings, LayoutProfile profile) =>
        profile.RateBase == RateBase.Initial
            ? findings.Select(f => f with { Path = f.Path.Replace("/adjustedBudget", "/initialBudget", StringComparison.Ordinal) }).ToArray()
            : findings;
}
