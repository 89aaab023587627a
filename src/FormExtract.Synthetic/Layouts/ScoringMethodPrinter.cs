using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The 项目支出绩效自评表 before 2020 (北京海淀 2016, 济南历城 2019): 年初预算数(A) is the only budget and the rate's
/// base, 分值(10分) on the budget row, and a 得分计算方法 column in the budget block and in the indicator table,
/// where 海淀 prints it between the figures and 得分 and 历城 last.
/// </summary>
internal sealed class ScoringMethodPrinter : LayoutPrinter
{
    public const string Title = "项目支出绩效自评表";

    private static readonly IndicatorSlot[] Haidian =
    [
        IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Weight, IndicatorSlot.Target, IndicatorSlot.Actual,
        IndicatorSlot.Method, IndicatorSlot.Score, IndicatorSlot.Reason,
    ];

    private static readonly IndicatorSlot[] Licheng =
    [
        IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Target, IndicatorSlot.Actual, IndicatorSlot.Weight,
        IndicatorSlot.Score, IndicatorSlot.Reason, IndicatorSlot.Method,
    ];

    private static readonly Dictionary<IndicatorSlot, string[]> Headings = new()
    {
        [IndicatorSlot.Level1] = ["一级指标", "一级指标"],
        [IndicatorSlot.Level2] = ["二级指标", "二级指标"],
        [IndicatorSlot.Name] = ["三级指标", "三级指标"],
        [IndicatorSlot.Weight] = ["分值", "分值"],
        [IndicatorSlot.Target] = ["年度指标值(A)", "预期指标值(A)"],
        [IndicatorSlot.Actual] = ["全年实际值(B)", "实际完成指标值(B)"],
        [IndicatorSlot.Method] = ["得分计算方法", "得分计算方法"],
        [IndicatorSlot.Score] = ["得分", "得分"],
        [IndicatorSlot.Reason] = ["未完成原因分析", "未完成原因"],
    };

    private const string BudgetMethod = "执行率*该指标分值，最高不得超过分值上限。";
    private const string QuantityMethod = "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。";
    private const string QualityMethod = "定性指标根据“三档”原则分别按照指标分值的100-80%、80-50%、50-0%记分。";

    private static readonly string[] FiscalLabels = ["其中:本年一般公共预算拨款", "其中:财政拨款"];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var truth = LayoutTruth.Common(draft, SyntheticLayouts.ScoringMethodId, FormType.Project, Title, findings);
        var funding = draft.Funding;
        var profile = draft.Profile;
        return truth with
        {
            Funding = new Funding
            {
                Unit = funding.Unit,
                Total = LayoutTruth.Row("年度资金总额:", funding.Total, profile),
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
        var licheng = random.Chance(0.5);
        var slots = licheng ? Licheng : Haidian;
        var w = new GridWriter(10);
        w.Above(Title, "/title", title: true);
        w.Above(Words.YearLine(random, form.FiscalYear!.Value), "/fiscalYear");
        w.Row(Label("项目名称", 0), Value(form.ProjectName?.Text, 1, "/projectName", 9, left: true));
        w.Row(Label(licheng ? "主管部门" : "主管部门及代码", 0), Value(form.Department?.Text, 1, "/department", 4),
            Label(licheng ? "项目实施单位" : "实施单位", 5, 2), Value(form.ImplementingUnit?.Text, 7, "/implementingUnit", 3));

        var funding = form.Funding;
        var parts = new[] { ("/funding/fiscalAppropriation", funding.FiscalAppropriation!), ("/funding/other", funding.Other!) };
        var table = new FundingTable(
            [(FundingSlot.Initial, 3, 1), (FundingSlot.Executed, 4, 1), (FundingSlot.Weight, 5, 1), (FundingSlot.Rate, 6, 1), (FundingSlot.Score, 7, 1), (FundingSlot.Note, 8, 2)], 1, 2)
        {
            PartMark = "-",
            Note = BudgetMethod,
        };
        table.Headings(w, Label($"项目资金({funding.Unit})", 0, rowSpan: parts.Length + 2, field: "/funding/unit"), string.Empty,
            new Dictionary<FundingSlot, string>
            {
                [FundingSlot.Initial] = "年初预算数(A)",
                [FundingSlot.Executed] = "全年执行数(B)",
                [FundingSlot.Weight] = licheng ? "分值" : "分值(10分)",
                [FundingSlot.Rate] = "执行率(B/A)",
                [FundingSlot.Score] = "得分",
                [FundingSlot.Note] = "得分计算方法",
            });
        table.Rows(w, form, parts);

        w.Row(Label("年度总体目标", 0, rowSpan: 2), Label("年初设定目标", 1, 4), Label("年度总体目标完成情况综述", 5, 5));
        w.Row(Value(form.Goals.Expected?.Text, 1, "/goals/expected", 4, left: true), Value(form.Goals.Achieved?.Text, 5, "/goals/achieved", 5, left: true));
        var style = licheng ? 1 : 0;
        w.Row([Label("绩效指标", 0, rowSpan: form.Indicators.Count + 1), .. slots.Select((s, i) => Label(Headings[s][style], 1 + i))]);
        var table2 = new IndicatorTable(slots, 1)
        {
            Level1Text = Words.Level1Label(form, Words.PointsStyle(random)),
            Method = row => row.Target?.Value?.IsQuantitative == true ? QuantityMethod : QualityMethod,
            MethodPerGroup = random.Chance(0.5),
        };
        table2.Write(w, form.Indicators);
        var weight = table2.ColumnOf(IndicatorSlot.Weight);
        var score = table2.ColumnOf(IndicatorSlot.Score);
        GridCell[] between = score - weight > 1 ? [Value(null, weight + 1, null, score - weight - 1)] : [];
        w.Row([Label("总分", 0, weight), Value(form.TotalWeight?.Text, weight, "/totalWeight"), .. between,
            Value(form.TotalScore?.Text, score, "/totalScore"), Value(null, score + 1, null, 9 - score)]);
        if (form.Grade is { } grade)
        {
            w.Row(Label("评价等级", 0, weight), Value(grade.Text, weight, "/grade", 10 - weight));
        }

        return w.Build([7, 8, 9, 16, 6, 9, 9, 18, 6, 12]);
    }
}
