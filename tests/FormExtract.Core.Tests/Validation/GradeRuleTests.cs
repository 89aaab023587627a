using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class GradeRuleTests
{
    private readonly GradeRule _rule = new();

    private static Form Graded(string total, string grade) =>
        Some.Form() with { TotalScore = Some.Number(total), Grade = Some.Text(grade) };

    [Theory]
    [InlineData("100", "优")]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    [InlineData("95", "优秀")]
    [InlineData("85", "良好")]
    public void Grade_matching_the_total_passes(string total, string grade)
    {
        FindingAssert.Nothing(_rule, Graded(total, grade));
    }

    [Theory]
    [InlineData("89.99", "优", "良")]
    [InlineData("90", "良", "优")]
    [InlineData("59.99", "中", "差")]
    public void Grade_not_matching_the_total_is_an_error(string total, string grade, string expected)
    {
        FindingAssert.One(_rule, Graded(total, grade), Severity.Error, "/grade", grade, expected);
    }

    [Fact]
    public void No_grade_an_unknown_grade_or_no_total_report_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form());
        FindingAssert.Nothing(_rule, Graded("50", "合格"));
        FindingAssert.Nothing(_rule, Graded("—", "优"));
    }
}
