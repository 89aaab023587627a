namespace FormExtract.Synthetic.Injection;

/// <summary>
/// The rules a broken form breaks beside its own when it breaks several at once, as real forms do: a form whose
/// indicator weights do not add up prints a wrong split, a wrong 总分 分值 and a wrong 总分 得分 together, often
/// with a budget score its rate does not earn. The rules added are the sums a misread can also break, so that a
/// model of misreads learns that several broken sums are no proof of one. One rule a stage at most, so that no
/// break undoes another, applied in the stages' order: the indicator and funding breaks recompute 总分's 得分,
/// which the total's own break must then change.
/// </summary>
internal static class CompoundBreaks
{
    private enum Stage
    {
        Indicators,
        Funding,
        TotalWeight,
        TotalScore,
        Grade,
    }

    /// <summary>The sums a form may break beside its own rule.</summary>
    private static readonly string[] Companions =
    [
        InjectedRules.IndicatorScore, InjectedRules.WeightSplit, InjectedRules.BudgetScore, InjectedRules.FundingBreakdown,
        InjectedRules.TotalWeight, InjectedRules.TotalScore,
    ];

    /// <summary>
    /// <paramref name="rule"/> and up to <paramref name="breaks"/> − 1 more of <paramref name="layoutRules"/>, in the
    /// order they are to be injected; <paramref name="rule"/> alone, drawing nothing, when <paramref name="breaks"/> is 1.
    /// </summary>
    public static IReadOnlyList<string> Rules(Random random, string rule, IReadOnlyList<string> layoutRules, int breaks)
    {
        if (breaks <= 1)
        {
            return [rule];
        }

        var taken = new HashSet<Stage> { StageOf(rule) };
        if (rule == InjectedRules.LowExecution)
        {
            // Unexplained low execution needs every row at its full points with no reason given.
            taken.Add(Stage.Indicators);
        }

        var chosen = new List<string> { rule };
        foreach (var companion in Companions.Where(layoutRules.Contains).OrderBy(_ => random.Next()))
        {
            if (chosen.Count < breaks && taken.Add(StageOf(companion)))
            {
                chosen.Add(companion);
            }
        }

        return [.. chosen.OrderBy(StageOf)];
    }

    private static Stage StageOf(string rule) => rule switch
    {
        InjectedRules.MissingDeviationReason or InjectedRules.ScoreExceedsWeight or InjectedRules.IndicatorScore or InjectedRules.WeightSplit => Stage.Indicators,
        InjectedRules.FundingBreakdown or InjectedRules.ExecutionRate or InjectedRules.BudgetScore or InjectedRules.ExecutedExceedsBudget
            or InjectedRules.LowExecution => Stage.Funding,
        InjectedRules.TotalWeight => Stage.TotalWeight,
        InjectedRules.TotalScore or InjectedRules.FloatArtifact => Stage.TotalScore,
        InjectedRules.Grade => Stage.Grade,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No stage is known for this rule."),
    };
}
