using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;
using static FormExtract.Synthetic.Grids.GridWriter;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// Sichuan's 部门预算项目支出绩效自评表 (预算管理一体化, 报表编号 510000_0013zp; 大英县 2022–2023): the project's
/// code before its name, 项目基本情况 with the year's goal and its completion, 预算执行情况(10分) over
/// 年初预算/调整后预算数/预算执行数/预算执行率/权重/得分 with 总额, 其中:财政资金, 财政专户管理资金, 单位资金, 其他资金,
/// 绩效指标(90分) with the target split over 指标性质 | 指标值 | 度量单位 and 完成值 printed bare, 合计, and the
/// 评价结论 / 存在问题 / 改进措施 rows after it.
/// </summary>
internal sealed class DepartmentBudgetPrinter : LayoutPrinter
{
    public const string Title = "部门预算项目支出绩效自评表";

    private static readonly IndicatorSlot[] Slots =
    [
        IndicatorSlot.Level1, IndicatorSlot.Level2, IndicatorSlot.Name, IndicatorSlot.TargetComparator, IndicatorSlot.TargetNumber, IndicatorSlot.TargetUnit,
        IndicatorSlot.Actual, IndicatorSlot.Weight, IndicatorSlot.Score, IndicatorSlot.Reason,
    ];

    private static readonly Dictionary<string, string> Comparators = new(StringComparer.Ordinal)
    {
        [">="] = "≥",
        ["<="] = "≤",
        ["="] = "=",
        [">"] = ">",
        ["<"] = "<",
    };

    private const string RateNote = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

    public override Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random)
    {
        var title = $"{Title}({draft.Year}年度)";
        var truth = LayoutTruth.Common(draft, SyntheticLayouts.DepartmentBudgetId, FormType.Project, title, findings);
        var funding = draft.Funding;
        var profile = draft.Profile;
        var code = Code(random, draft.Year);
        return truth with
        {
            ProjectName = LayoutTruth.Text(code + "-" + draft.ProjectName),
            Funding = new Funding
            {
                Unit = funding.Unit,
                Total = LayoutTruth.Row("总额", funding.Total, profile),
                FiscalAppropriation = LayoutTruth.Row("其中:财政资金", funding.Fiscal!, profile),
                ExtraRows = [LayoutTruth.Row("财政专户管理资金", funding.Extra[0], profile), LayoutTruth.Row("单位资金", funding.Extra[1], profile)],
                Other = LayoutTruth.Row("其他资金", funding.Other!, profile),
                Weight = FormBuilder.Number(funding.Weight),
                ExecutionRate = FormBuilder.Number(funding.Rate),
                Score = FormBuilder.Number(funding.Score),
            },
            Indicators = truth.Indicators.Select(i => i with { Target = Split(i.Target), Actual = Bare(i.Actual) }).ToArray(),
        };
    }

    public override FormGrid Grid(Form form, Random random)
    {
        var w = new GridWriter(11);
        w.Above(form.Title!, "/title", title: true);
        w.Row(Label("项目名称", 0), Value(form.ProjectName?.Text, 1, "/projectName", 10, left: true));
        w.Row(Label("主管部门", 0), Value(form.Department?.Text, 1, "/department", 4), Label("实施单位 (盖章)", 5), Value(form.ImplementingUnit?.Text, 6, "/implementingUnit", 5));
        w.Row(Label("项目基本情况", 0, rowSpan: 3), Label("1.项目年度目标完成情况", 1, 2, rowSpan: 2), Label("项目年度目标", 3, 4), Label("年度目标完成情况", 7, 4));
        w.Row(Value(form.Goals.Expected?.Text, 3, "/goals/expected", 4, left: true), Value(form.Goals.Achieved?.Text, 7, "/goals/achieved", 4, left: true));
        w.Row(Label("2.项目实施内容及过程概述", 1, 2), Value("项目实施主体严格按照项目管理制度组织实施，资金按进度拨付。", 3, null, 8, left: true));

        var funding = form.Funding;
        var parts = new List<(string, FundingRow)> { ("/funding/fiscalAppropriation", funding.FiscalAppropriation!) };
        parts.AddRange(funding.ExtraRows!.Select((row, i) => ($"/funding/extraRows/{i}", row)));
        parts.Add(("/funding/other", funding.Other!));
        var table = new FundingTable(
            [(FundingSlot.Initial, 2, 1), (FundingSlot.Adjusted, 3, 1), (FundingSlot.Executed, 4, 1), (FundingSlot.Rate, 5, 1), (FundingSlot.Weight, 6, 1), (FundingSlot.Score, 7, 1), (FundingSlot.Note, 8, 3)], 1, 1)
        {
            PartMark = "/",
            PartRates = true,
            Note = RateNote,
        };
        var points = Figures.Number(funding.Weight?.Value ?? 10m);
        table.Headings(w, Label($"预算执行情况({points}分)", 0, rowSpan: parts.Count + 2), $"年度预算数({funding.Unit})", new Dictionary<FundingSlot, string>
        {
            [FundingSlot.Initial] = "年初预算",
            [FundingSlot.Adjusted] = "调整后预算数",
            [FundingSlot.Executed] = "预算执行数",
            [FundingSlot.Rate] = "预算执行率",
            [FundingSlot.Weight] = "权重",
            [FundingSlot.Score] = "得分",
            [FundingSlot.Note] = "原因",
        });
        table.Rows(w, form, parts);

        var indicatorPoints = Figures.Number((form.TotalWeight?.Value ?? 100m) - (funding.Weight?.Value ?? 10m));
        string[] headings = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"];
        w.Row([Label($"绩效指标({indicatorPoints}分)", 0, rowSpan: form.Indicators.Count + 1), .. headings.Select((h, i) => Label(h, 1 + i))]);
        new IndicatorTable(Slots, 1).Write(w, form.Indicators);
        w.Row(Label("合计", 0, 8), Value(form.TotalWeight?.Text, 8, "/totalWeight"), Value(form.TotalScore?.Text, 9, "/totalScore"), Value(null, 10, null));
        w.Row(Label("评价结论", 0), Value("项目按计划实施，资金使用规范，绩效目标基本完成。", 1, null, 10, left: true));
        w.Row(Label("存在问题", 0), Value(random.Chance(0.5) ? "无" : "绩效目标设置不够细化，部分指标难以量化。", 1, null, 10, left: true));
        w.Row(Label("改进措施", 0), Value(random.Chance(0.5) ? "无" : "进一步细化绩效目标，加强项目过程管理。", 1, null, 10, left: true));
        w.Row(Label($"项目负责人:{People.Name(random)}", 0, 5), Label($"财务负责人:{People.Name(random)}", 5, 6));
        return w.Build([7, 8, 8, 16, 6, 7, 6, 7, 7, 6, 22]);
    }

    /// <summary>A project code of Sichuan's budget system: county, year, kind, serial (51092324T000010263357).</summary>
    private static string Code(Random random, int year) =>
        "5109" + random.Next(20, 30).ToString(CultureInfo.InvariantCulture) + (year % 100).ToString("00", CultureInfo.InvariantCulture)
        + (random.Chance(0.7) ? "T" : "R") + random.NextInt64(1_000_000_000L, 9_999_999_999L).ToString("000000000000", CultureInfo.InvariantCulture);

    private static MeasureCell? Split(MeasureCell? target)
    {
        if (target?.Value is not { } measure)
        {
            return target;
        }

        var text = measure.IsQuantitative
            ? (measure.Comparator is { } c ? Comparators[c] : string.Empty) + Figures.Number(measure.Number!.Value) + measure.Unit
            : SplitTargets.Qualitative + measure.Qualitative;
        return target with { Text = text };
    }

    /// <summary>完成值 as the form prints it: the figure alone (its unit is the target's), or the word.</summary>
    private static MeasureCell? Bare(MeasureCell? actual)
    {
        if (actual?.Value is not { IsQuantitative: true } measure)
        {
            return actual;
        }

        var text = Figures.Number(measure.Number!.Value);
        return actual with { Text = text, Value = new Measure(null, measure.Number, null, null) };
    }
}
