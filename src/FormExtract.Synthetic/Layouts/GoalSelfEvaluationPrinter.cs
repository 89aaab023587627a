using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The 绩效目标自评表 of 衔接资金 and similar funds (安徽 萧县 2023, 四川 中江 2022): 项目负责人及电话 in the
/// header, 资金情况 with 全年预算数(A)/全年执行数(B) only, 分值 before the target, ★ core indicators with 其中 rows
/// beneath them, and the groups' points printed in their labels (产 出 指 标 (50分)).
/// </summary>
internal sealed class GoalSelfEvaluationPrinter : LayoutPrinter
{
    public const string Title = "绩效目标自评表";

    private static readonly IndicatorSlot[] Slots =
        [IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Weight, IndicatorSlot.Target, IndicatorSlot.Actual, IndicatorSlot.Score, IndicatorSlot.Reason];

    private static readonly string[] TotalLabels = ["年度资金总额:", "年度资金总额：", "年度资金总额"];
    private static readonly string[] FiscalLabels = ["其中:本年财政拨款", "其中：本年财政拨款", "其中:当年财政拨款"];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var truth = LayoutTruth.Common(draft, SyntheticLayouts.GoalSelfEvaluationId, FormType.Project, Title, findings);
        var funding = draft.Funding;
        var profile = draft.Profile;
        return truth with
        {
            Funding = new Funding
            {
                Unit = funding.Unit,
                Total = LayoutTruth.Row(random.Pick(TotalLabels), funding.Total, profile),
                FiscalAppropriation = LayoutTruth.Row(random.Pick(FiscalLabels), funding.Fiscal!, profile),
                Other = LayoutTruth.Row("其他资金", funding.Other!, profile),
                Weight = FormBuilder.Number(funding.Weight),
                ExecutionRate = FormBuilder.Number(funding.Rate),
                Score = FormBuilder.Number(funding.Score),
            },
            GroupWeights = draft.PrintsGroupPoints ? Words.GroupPoints(draft) : null,
        };
    }

    public override FormGrid Grid(Form form, Random random)
    {
        var w = new GridWriter(9);
        w.Above(Title, "/title", title: true);
        w.Above(Words.YearLine(random, form.FiscalYear!.Value), "/fiscalYear");
        w.Row(Label("项目名称", 0), Value(form.ProjectName?.Text, 1, "/projectName", 3, left: true), Label("项目负责人及电话", 4, 2),
            Value(People.Name(random) + People.Phone(random), 6, null, 3));
        w.Row(Label("主管部门", 0), Value(form.Department?.Text, 1, "/department", 3), Label("实施单位", 4, 2), Value(form.ImplementingUnit?.Text, 6, "/implementingUnit", 3));

        var funding = form.Funding;
        var parts = new[] { ("/funding/fiscalAppropriation", funding.FiscalAppropriation!), ("/funding/other", funding.Other!) };
        var table = new FundingTable([(FundingSlot.Adjusted, 4, 1), (FundingSlot.Executed, 5, 1), (FundingSlot.Weight, 6, 1), (FundingSlot.Rate, 7, 1), (FundingSlot.Score, 8, 1)], 1, 3)
        {
            BlankMark = random.Chance(0.5) ? "-" : string.Empty,
        };
        table.Headings(w, Label($"资金情况 ({funding.Unit})", 0, rowSpan: parts.Length + 2, html: $"资金情况<br>({funding.Unit})", field: "/funding/unit"), string.Empty,
            new Dictionary<FundingSlot, string>
            {
                [FundingSlot.Adjusted] = "全年预算数(A)",
                [FundingSlot.Executed] = "全年执行数(B)",
                [FundingSlot.Weight] = "分值",
                [FundingSlot.Rate] = "执行率(B/A)",
                [FundingSlot.Score] = "得分",
            });
        table.Rows(w, form, parts);

        w.Row(Label("年度总体目标", 0, rowSpan: 2), Label("年初设定目标", 1, 4), Label("年度总体目标完成情况综述", 5, 4));
        w.Row(Value(form.Goals.Expected?.Text, 1, "/goals/expected", 4, left: true), Value(form.Goals.Achieved?.Text, 5, "/goals/achieved", 4, left: true));
        string[] headings = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"];
        w.Row([Label("绩效指标", 0, rowSpan: form.Indicators.Count + 1), .. headings.Select((h, i) => Label(h, 1 + i, html: h == "一级指标" ? "一级<br>指标" : null))]);
        new IndicatorTable(Slots, 1) { Level1Text = Words.Level1Label(form, Words.PointsStyle(random, spaced: random.Chance(0.5))) }.Write(w, form.Indicators);
        w.Row(Label("总分", 0, 4), Value(form.TotalWeight?.Text, 4, "/totalWeight"), Value(null, 5, null, 2), Value(form.TotalScore?.Text, 7, "/totalScore"), Value(null, 8, null));
        if (form.Grade is { } grade)
        {
            w.Row(Label("评价等级", 0, 4), Value(grade.Text, 4, "/grade", 5));
        }

        return w.Build([7, 9, 11, 20, 6, 10, 10, 6, 21]);
    }
}
