using System.Collections.ObjectModel;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Validation;

/// <summary>The rules of OUTPUT.md's findings table, in the table's order (which is the order of the findings).</summary>
public static class ValidationRules
{
    /// <summary>All rules; they hold no state, so one shared list serves every thread.</summary>
    public static IReadOnlyList<IValidationRule> Default { get; } = new ReadOnlyCollection<IValidationRule>(
    [
        new FundingBreakdownRule(),
        new ExecutionRateRule(),
        new BudgetScoreRule(),
        new ExecutedExceedsBudgetRule(),
        new ScoreExceedsWeightRule(),
        new IndicatorScoreRule(),
        new MissingDeviationReasonRule(),
        new TotalWeightRule(),
        new WeightSplitRule(),
        new TotalScoreRule(),
        new FloatArtifactRule(),
        new LowExecutionRule(),
        new GradeRule(),
    ]);
}
