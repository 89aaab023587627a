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

    public IEnumerable<Finding> Check(Form form, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(layout);
        if (form.Grade is not { } gradeCell
            || form.TotalScore?.Value is not { } total
            || StatedGrade(gradeCell.Value, layout) is not { } stated)
        {
            return [];
        }

        var expected = layout.Grades.FirstOrDefault(g => total >= g.LowerBound).Grade;
        if (expected is null)
        {
            return [];
        }

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
                $"{layout.GradeHeading} {gradeCell.Text} does not match {layout.TotalHeading} {form.TotalScore.Text}, which is {expected}"),
        ];
    }

    private static string? StatedGrade(string value, FormTemplate layout)
    {
        var trimmed = value.Trim();
        return layout.Grades
            .Select(g => g.Grade)
            .FirstOrDefault(grade => trimmed.StartsWith(grade, StringComparison.Ordinal));
    }
}
