namespace FormExtract.Synthetic.Injection;

/// <summary>
/// The rule ids of OUTPUT.md that error injection can break on purpose, in the order a corpus takes them.
/// <c>grade</c> is absent: generated forms state no grade.
/// </summary>
public static class InjectedRules
{
    public const string FundingBreakdown = "funding-breakdown";
    public const string ExecutionRate = "execution-rate";
    public const string BudgetScore = "budget-score";
    public const string ExecutedExceedsBudget = "executed-exceeds-budget";
    public const string ScoreExceedsWeight = "score-exceeds-weight";
    public const string IndicatorScore = "indicator-score";
    public const string MissingDeviationReason = "missing-deviation-reason";
    public const string TotalWeight = "total-weight";
    public const string WeightSplit = "weight-split";
    public const string TotalScore = "total-score";
    public const string FloatArtifact = "float-artifact";
    public const string LowExecution = "low-execution";

    public static IReadOnlyList<string> All { get; } =
    [
        TotalScore, BudgetScore, FundingBreakdown, FloatArtifact, MissingDeviationReason, ScoreExceedsWeight,
        IndicatorScore, ExecutionRate, ExecutedExceedsBudget, TotalWeight, WeightSplit, LowExecution,
    ];
}
