using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation.Rules;

namespace FormExtract.Core.Tests.Validation;

public sealed class MissingDeviationReasonRuleTests
{
    private readonly MissingDeviationReasonRule _rule = new();

    [Fact]
    public void Full_scores_need_no_reason()
    {
        FindingAssert.Nothing(_rule, Some.Form());
    }

    [Fact]
    public void Lost_points_with_a_reason_pass()
    {
        var form = Some.Form().WithIndicator(1, i => i with { Score = Some.Number("6"), DeviationReason = Some.Text("课题为跨年度项目，初稿已完成") });

        FindingAssert.Nothing(_rule, form);
    }

    [Fact]
    public void Lost_points_without_a_reason_are_a_warning()
    {
        var form = Some.Form().WithIndicator(1, i => i with { Score = Some.Number("6") });

        FindingAssert.One(_rule, form, Severity.Warning, "/indicators/1/deviationReason", null, null);
    }

    [Fact]
    public void Blank_reason_counts_as_none()
    {
        var form = Some.Form().WithIndicator(1, i => i with { Score = Some.Number("9.99"), DeviationReason = Some.Text(" ") });

        FindingAssert.One(_rule, form, Severity.Warning, "/indicators/1/deviationReason", " ", null);
    }

    [Fact]
    public void Missing_score_reports_nothing()
    {
        FindingAssert.Nothing(_rule, Some.Form().WithIndicator(1, i => i with { Score = Some.Number("—") }));
    }
}
