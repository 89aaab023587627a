using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// The provincial copy of the central 转移支付区域绩效自评表 (四川 梓潼 2023, 宁夏 原州 2022): 政策(项目)名称, the
/// budget block with the sources of a transfer payment and no 分值 or 得分 of its own, indicators with 分值
/// before the target, the groups' points often printed in their labels.
/// </summary>
internal sealed class TransferGoalPrinter : LayoutPrinter
{
    private static readonly IndicatorSlot[] Slots =
        [IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.Weight, IndicatorSlot.Target, IndicatorSlot.Actual, IndicatorSlot.Score, IndicatorSlot.Reason];

    /// <summary>The sources as Sichuan (梓潼) and Ningxia (原州) name them.</summary>
    private static readonly string[][] Sources =
    [
        ["其中:中央、省补助", "市级财政资金", "县级财政资金"],
        ["其中:中央补助", "自治区补助", "市县资金"],
    ];

    private static readonly string[] TotalLabels = ["年度资金总额:", "年度资金总额：", "年度资金总额"];

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var name = draft.ProjectName.Replace("经费", string.Empty, StringComparison.Ordinal);
        var title = random.Chance(0.5) ? name + "项目绩效目标自评表" : name + "绩效目标自评表";
        var truth = LayoutTruth.Common(draft, SyntheticLayouts.TransferGoalId, FormType.Project, title, findings);
        var funding = draft.Funding;
        var sources = random.Pick(Sources);
        var profile = draft.Profile;
        return truth with
        {
            Funding = new Funding
            {
                Unit = random.Chance(0.7) ? funding.Unit : null,
                Total = LayoutTruth.Row(random.Pick(TotalLabels), funding.Total, profile),
                ExtraRows = funding.Extra.Select((row, i) => LayoutTruth.Row(sources[i], row, profile)).ToArray(),
                Other = LayoutTruth.Row("其他资金", funding.Other!, profile),
                ExecutionRate = FormBuilder.Number(funding.Rate),
            },
            GroupWeights = draft.PrintsGroupPoints ? Words.GroupPoints(draft) : null,
        };
    }

    public override FormGrid Grid(Form form, Random random)
    {
        var w = new GridWriter(9);
        w.Above(form.Title!, "/title", title: true);
        w.Above(Words.YearLine(random, form.FiscalYear!.Value), "/fiscalYear");
        w.Row(Label("政策(项目)名称", 0), Value(form.ProjectName?.Text, 1, "/projectName", 8, left: true));
        w.Row(Label("项目主管部门", 0), Value(form.Department?.Text, 1, "/department", 3), Label("资金使用单位", 4, 2), Value(form.ImplementingUnit?.Text, 6, "/implementingUnit", 3));

        var funding = form.Funding;
        var ningxia = random.Chance(0.5);
        var block = funding.Unit is { } unit ? (ningxia ? "资金情况" : "项目资金") + $"({unit})" : "项目资金";
        var parts = funding.ExtraRows!.Select((row, i) => ($"/funding/extraRows/{i}", row)).Append(("/funding/other", funding.Other!)).ToArray();
        var table = new FundingTable([(FundingSlot.Adjusted, 4, 2), (FundingSlot.Executed, 6, 2), (FundingSlot.Rate, 8, 1)], 1, 3) { PartRates = true };
        table.Headings(w, Label(block, 0, rowSpan: parts.Length + 2, field: "/funding/unit"), string.Empty, new Dictionary<FundingSlot, string>
        {
            [FundingSlot.Adjusted] = ningxia ? "全年预算数(A)" : "全年预算数",
            [FundingSlot.Executed] = ningxia ? "全年执行数(B)" : "全年执行数",
            [FundingSlot.Rate] = ningxia ? "执行率(B/A)" : "预算执行率",
        });
        table.Rows(w, form, parts);

        w.Row(Label("年度总体目标", 0, rowSpan: 2), Label("预期目标", 1, 4), Label("实际完成情况", 5, 4));
        w.Row(Value(form.Goals.Expected?.Text, 1, "/goals/expected", 4, left: true), Value(form.Goals.Achieved?.Text, 5, "/goals/achieved", 4, left: true));
        string[] headings = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及改进措施"];
        w.Row([Label("绩效指标", 0, rowSpan: form.Indicators.Count + 1), .. headings.Select((h, i) => Label(h, 1 + i))]);
        new IndicatorTable(Slots, 1) { Level1Text = Words.Level1Label(form, Words.PointsStyle(random)) }.Write(w, form.Indicators);
        w.Row(Label("总分", 0, 4), Value(form.TotalWeight?.Text, 4, "/totalWeight"), Value(null, 5, null, 2), Value(form.TotalScore?.Text, 7, "/totalScore"), Value(null, 8, null));
        return w.Build([7, 9, 11, 20, 6, 10, 10, 6, 21]);
    }
}
