using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class IndicatorScoreRuleTests
{
    private readonly IndicatorScoreRule _rule = new();

    /// <summary>The default form with row 1 replaced, so that a finding sits at /indicators/1/score.</summary>
    private static Form Row(string target, string actual, decimal weight, decimal score) =>
        Some.Form().WithIndicator(1, _ => Some.Indicator(target: target, actual: actual, weight: weight, score: score, reason: "原因"));

    [Fact]
    public void Rows_met_in_full_pass()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Partial_completion_scored_lower_than_the_formula_is_an_info()
    {
        // The real corpus: target =2个, actual 1.6, 分值 10, 得分 6; the formula gives 8.
        FindingAssert.One(_rule, Row("=2个", "1.6", 10m, 6m), Severity.Info, "/indicators/1/score", "6", "8");
    }

    [Fact]
    public void Partial_completion_scored_higher_than_the_formula_is_an_error()
    {
        FindingAssert.One(_rule, Row("=2个", "1.6", 10m, 9m), Severity.Error, "/indicators/1/score", "9", "8");
    }

    [Fact]
    public void Actual_printed_with_a_comparator_counts_its_number()
    {
        // The real corpus: target >=90%, actual >=90%, 得分 6 of 10.
        FindingAssert.One(_rule, Row(">=90%", ">=90%", 10m, 6m), Severity.Info, "/indicators/1/score", "6", "10");
    }

    [Theory]
    [InlineData(">=3000人次", "5.2万人次", 5)]
    [InlineData(">=85%", "90", 10)]
    [InlineData("=5次", "6", 5)]
    [InlineData(">95%", "95%", 10)]
    public void Real_rows_that_hold_pass(string target, string actual, decimal score)
    {
        FindingAssert.Nothing(_rule, Row(target, actual, score, score));
    }

    [Theory]
    [InlineData(7.99, null)]
    [InlineData(8.01, null)]
    [InlineData(8.02, "8")]
    [InlineData(7.98, "8")]
    public void Tolerance_is_one_hundredth(double score, string? expected)
    {
        Assert.Equal(expected, _rule.Check(Row("=2个", "1.6", 10m, (decimal)score)).SingleOrDefault()?.Expected);
    }

    [Fact]
    public void Expected_score_rounds_half_up()
    {
        // 5 × 1/8 = 0.625: half-up 0.63 (banker's rounding would give 0.62 and accept 0.61).
        FindingAssert.One(_rule, Row(">=8", "1", 5m, 0.61m), Severity.Info, "/indicators/1/score", "0.61", "0.63");
    }

    [Theory]
    [InlineData(9, null)]
    [InlineData(9.09, null)]
    [InlineData(9.10, null)]
    [InlineData(8.99, null)]
    [InlineData(9.11, "9.09")]
    [InlineData(8.98, "9")]
    public void At_most_target_accepts_both_formulas(double score, string? expected)
    {
        // <=100万元 with 110万元 spent: 10 × (1 − 10/100) = 9, or 10 × 100/110 = 9.09.
        Assert.Equal(expected, _rule.Check(Row("<=100万元", "110万元", 10m, (decimal)score)).SingleOrDefault()?.Expected);
    }

    [Fact]
    public void At_most_target_floors_the_excess_formula_at_zero()
    {
        // <=10天 with 25天: 10 × (1 − 15/10) is below 0, so 0; 10 × 10/25 = 4. Anything in [0, 4] holds.
        FindingAssert.Nothing(_rule, Row("<=10天", "25天", 10m, 0m));
        FindingAssert.Nothing(_rule, Row("<=10天", "25天", 10m, 4m));
        FindingAssert.One(_rule, Row("<=10天", "25天", 10m, 4.5m), Severity.Error, "/indicators/1/score", "4.5", "4");
    }

    [Fact]
    public void At_most_target_met_earns_the_full_weight()
    {
        FindingAssert.One(_rule, Row("<30天", "20天", 10m, 8m), Severity.Info, "/indicators/1/score", "8", "10");
    }

    [Fact]
    public void Zero_target_earns_all_or_nothing()
    {
        FindingAssert.Nothing(_rule, Row("=0次", "0", 10m, 10m));
        FindingAssert.Nothing(_rule, Row("=0次", "2", 10m, 0m));
        FindingAssert.One(_rule, Row("=0次", "2", 10m, 10m), Severity.Error, "/indicators/1/score", "10", "0");
        FindingAssert.One(_rule, Row("0次", "0", 10m, 5m), Severity.Info, "/indicators/1/score", "5", "10");
    }

    [Fact]
    public void Rows_that_cannot_be_compared_report_nothing()
    {
        FindingAssert.Nothing(_rule, Row("=2个", "2次", 10m, 0m));
        FindingAssert.Nothing(_rule, Row("及时", "及时", 10m, 0m));
        FindingAssert.Nothing(_rule, Row("=100%", "基本完成", 10m, 0m));
        FindingAssert.Nothing(_rule, Some.Form().WithIndicator(1, i => i with { Target = Some.Measure("=2个"), Actual = Some.Measure("1"), Score = null }));
        FindingAssert.Nothing(_rule, Some.Form().WithIndicator(1, i => i with { Target = Some.Measure("=2个"), Actual = Some.Measure("1"), Weight = null }));
        FindingAssert.Nothing(_rule, Some.Form().WithIndicator(1, i => i with { Actual = null, Score = Some.Number("0") }));
    }
}
