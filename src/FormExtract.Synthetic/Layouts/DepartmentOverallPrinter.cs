using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// 部门整体支出绩效自评表 in the project layout (安徽金寨 2023, 湖南零陵 2021): the national table headed by the
/// department alone (部门, or 一级预算单位名称), its budget under 预算资金 or 年度预算申请, the groups' points often
/// printed in their labels.
/// </summary>
internal sealed class DepartmentOverallPrinter : NationalPrinter
{
    public const string Title = "部门整体支出绩效自评表";

    private static readonly string[] DepartmentWords = ["部门", "一级预算单位名称"];
    private static readonly string[] FundingWords = ["预算资金", "年度预算申请"];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var truth = FormBuilder.Build(draft, 0, findings);
        return truth with
        {
            Template = SyntheticLayouts.DepartmentOverallId,
            FormType = FormType.Department,
            Title = Title,
            ProjectName = null,
            ImplementingUnit = null,
            GroupWeights = draft.PrintsGroupPoints ? Words.GroupPoints(draft) : null,
        };
    }

    protected override string YearLine(Form form, Random random) => Words.YearLine(random, form.FiscalYear!.Value);

    protected override void Header(GridWriter w, Form form, Random random) =>
        w.Row(Label(random.Pick(DepartmentWords), 0), Value(form.Department?.Text, 1, "/department", w.Columns - 1, left: true));

    protected override string FundingLabel(Random random) => random.Pick(FundingWords);
}
