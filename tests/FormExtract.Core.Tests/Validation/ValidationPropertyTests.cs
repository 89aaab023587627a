using CsCheck;
using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class ValidationPropertyTests
{
    private const int Iterations = 300;

    /// <summary>Indicator rows whose 分值 split 90 points and whose 得分 (2 decimals) stay within them.</summary>
    private static readonly Gen<Indicator[]> Rows =
        Gen.Int[1, 89].HashSet[0, 11].SelectMany(cuts =>
        {
            int[] bounds = [0, .. cuts.Order(), 90];
            var weights = bounds.Zip(bounds[1..], (a, b) => (decimal)(b - a)).ToArray();
            return Gen.Int[0, 100].Array[weights.Length].Select(percents => weights
                .Select((w, i) => Some.Indicator(
                    name: $"指标{i}",
                    target: "及时",
                    actual: "及时",
                    weight: w,
                    score: Decimals.Round2(w * percents[i] / 100m),
                    reason: "受疫情影响"))
                .ToArray());
        });

    private static readonly Gen<Form> ConsistentForms =
        Gen.Select(Rows, Gen.Int[1, 1_000_000_00], Gen.Int[0, 1_200_000_00], (rows, budgetCents, spentCents) =>
            Some.Form(Some.Funding(budgetCents / 100m, spentCents / 100m), rows));

    [Fact]
    public void Totals_built_from_their_rows_never_break_the_total_rules()
    {
        IValidationRule[] rules = [new TotalScoreRule(), new TotalWeightRule(), new ScoreExceedsWeightRule(), new BudgetScoreRule(), new ExecutionRateRule()];

        ConsistentForms.Sample(
            form => Assert.Empty(rules.SelectMany(rule => rule.Check(form))),
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Score_the_formula_gives_is_never_reported()
    {
        var rows = Gen.Select(
            Gen.OneOf(">=", ">", "=", "<=", "<", ""),
            Gen.Int[0, 10_000],
            Gen.Int[0, 10_000],
            Gen.Int[1, 30]);

        rows.Sample(
            (comparator, target, actual, weight) =>
            {
                var indicator = Some.Indicator(target: $"{comparator}{target}个", actual: $"{actual}", weight: weight);
                var expected = IndicatorScoreRule.Acceptable(indicator.Target!.Value!, indicator.Actual!.Value!, weight);
                Assert.NotNull(expected);
                var form = Some.Form().WithIndicator(0, _ => indicator with { Score = Some.Number(expected.Value.Low) });

                Assert.Empty(new IndicatorScoreRule().Check(form));
                Assert.InRange(expected.Value.Low, 0m, weight);
                Assert.InRange(expected.Value.High, expected.Value.Low, weight);
            },
            iter: Iterations,
            threads: 1);
    }
}
