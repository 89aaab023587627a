using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The 项目自评表 with 20 points for budget execution (湖北 黄石 2022, 云南 保山 隆阳 2022): the year and project in
/// the title, a 单位名称/填报日期 line, 项目类别 and 项目属性 check boxes, 预算执行情况(万元)(20分) over
/// 预算数(A)/执行数(B)/执行率(B/A)/得分(20分*执行率), 年度绩效目标(80分) with no per-indicator 分值, and 总分(100分)
/// with the 自评等级 beside it.
/// </summary>
internal sealed class TwentyPointBudgetPrinter : LayoutPrinter
{
    private static readonly IndicatorSlot[] Slots =
        [IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Target, IndicatorSlot.Actual, IndicatorSlot.Score];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var title = random.Chance(0.5)
            ? $"{draft.Year}年度项目支出绩效自评表"
            : $"{draft.Year}年度{draft.ProjectName.Replace("经费", string.Empty, StringComparison.Ordinal)}项目自评表";
        var truth = LayoutTruth.Common(draft, SyntheticLayouts.TwentyPointBudgetId, FormType.Project, title, findings);
        var funding = draft.Funding;
        return truth with
        {
            Funding = new Funding
            {
                Unit = "万元",
                Total = LayoutTruth.Row("年度财政资金总额", funding.Total, draft.Profile),
                Weight = LayoutTruth.Number(funding.Weight, "分"),
                ExecutionRate = FormBuilder.Number(funding.Rate),
                Score = FormBuilder.Number(funding.Score),
            },
            TotalWeight = LayoutTruth.Number(draft.TotalWeight, "分"),
            GroupWeights = draft.PrintsGroupPoints ? Words.GroupPoints(draft) : null,
        };
    }

    public override FormGrid Grid(Form form, Random random)
    {
        var w = new GridWriter(7);
        w.Above(form.Title!, "/title", title: true);
        var date = People.Date(random, form.FiscalYear!.Value);
        if (random.Chance(0.5))
        {
            w.Above($"单位名称:{form.ImplementingUnit?.Text} 填报日期:{date}");
        }
        else
        {
            w.Above($"项目单位(盖章):{form.ImplementingUnit?.Text} 主要领导签字:");
            w.Above($"填报日期:{date}");
        }

        w.Row(Label("项目名称", 0), Value(form.ProjectName?.Text, 1, "/projectName", 6, left: true));
        w.Row(Label("主管部门", 0), Value(form.Department?.Text, 1, "/department", 2), Label("项目实施单位", 3), Value(form.ImplementingUnit?.Text, 4, "/implementingUnit", 3));
        w.Row(Label("项目类别", 0), Value("1、部门预算项目 ☑ 2、市直专项 □ 3、市对下转移支付项目 □", 1, null, 6, left: true));
        w.Row(Label("项目属性", 0), Value(random.Chance(0.5) ? "1、持续性项目 ☑ 2、新增性项目 □" : "1、持续性项目 □ 2、新增性项目 ☑", 1, null, 6, left: true));

        var funding = form.Funding;
        var table = new FundingTable([(FundingSlot.Adjusted, 1, 2), (FundingSlot.Executed, 3, 1), (FundingSlot.Rate, 4, 1), (FundingSlot.Score, 5, 2)], 0, 1);
        var points = funding.Weight?.Text ?? string.Empty;
        table.Headings(w, Label($"预算执行情况({funding.Unit}) ({points})", 0, html: $"预算执行情况({funding.Unit})<br>({points})", field: "/funding/weight"), null,
            new Dictionary<FundingSlot, string>
            {
                [FundingSlot.Adjusted] = "预算数(A)",
                [FundingSlot.Executed] = "执行数(B)",
                [FundingSlot.Rate] = "执行率(B/A)",
                [FundingSlot.Score] = $"得分 ({points}*执行率)",
            });
        table.Rows(w, form, []);

        var indicatorPoints = form.TotalWeight?.Value - funding.Weight?.Value;
        var block = $"年度绩效目标 ({Figures.Number(indicatorPoints ?? 80m)}分)";
        string[] headings = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"];
        w.Row([Label(block, 0, rowSpan: form.Indicators.Count + 1), .. headings.Select((h, i) => Label(h, 1 + i))]);
        new IndicatorTable(Slots, 1) { Level1Text = Words.Level1Label(form, Words.PointsStyle(random)) }.Write(w, form.Indicators);
        w.Row(Label($"总分({form.TotalWeight?.Text})", 0, field: "/totalWeight"), Value(form.TotalScore?.Text, 1, "/totalScore", 3),
            Label("自评等级", 4), Value(form.Grade?.Text, 5, "/grade", 2));
        w.Row(Label("偏差大或目标未完成原因分析", 0), Value(random.Chance(0.5) ? "无" : "各项指标均按计划完成，无较大偏差。", 1, null, 6, left: true));
        w.Row(Label("改进措施及结果应用方案", 0), Value("进一步加强项目管理，提高资金使用效益。", 1, null, 6, left: true));
        return w.Build([16, 10, 12, 24, 13, 13, 12]);
    }
}
