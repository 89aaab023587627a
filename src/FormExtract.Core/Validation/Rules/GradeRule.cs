using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation.Rules;

/// <summary>
/// <c>grade</c>: where the form states a grade (优, 良, 中, 差, or a word starting with one: 优秀, 良好), it must
/// be the one 总分's 得分 earns: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 below 60.
/// </summary>
public sealed class GradeRule : IValidationRule
{
    public string Id => "grade";

    public IEnumerable<Finding> Check(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Grade is not { } gradeCell
            || form.TotalScore?.Value is not { } total
            || StatedGrade(gradeCell.Value) is not { } stated)
        {
            return [];
        }

        var expected = SelfEvaluationTemplate.Grades.First(g => total >= g.LowerBound).Grade;
        if (stated == expected)
        {
            return [];
        }

        return
        [
            new Finding(
                Id,
                Severity.Error,
                FormPaths.Grade,
                gradeCell.Text,
                expected,
                $"{SelfEvaluationTemplate.GradeHeading} {gradeCell.Text} does not match {SelfEvaluationTemplate.Total} {form.TotalScore.Text}, which is {expected}"),
        ];
    }

    private static string? StatedGrade(string value)
    {
        var trimmed = value.Trim();
        return SelfEvaluationTemplate.Grades
            .Select(g => g.Grade)
            .FirstOrDefault(grade => trimmed.StartsWith(grade, StringComparison.Ordinal));
    }
}
