using FormExtract.Core.Template;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The national form as the generator prints it: its words, the spellings it varies between, the category
/// vocabulary and the usual weight split. Kept apart from the readers' layout descriptions on purpose: forms
/// generated from the readers' own word lists could not show a word the readers do not know.
/// </summary>
internal static class SelfEvaluationTemplate
{
    public const string Id = TemplateCatalog.NationalId;

    public const string Title = "财政项目支出绩效自评表";

    public const string ProjectName = "项目名称";
    public const string Department = "主管部门";
    public const string ImplementingUnit = "实施单位";
    public const string FundingBlock = "项目资金";
    public const string GoalsExpected = "预期目标";
    public const string GoalsAchieved = "实际完成情况";
    public const string IndicatorBlock = "绩效指标";
    public const string IndicatorHeaderMarker = "三级指标";
    public const string Total = "总分";
    public const string DeviationHeaderPrefix = "偏差";

    // Column headings that findings name (the validator's messages point at the form's own words).
    public const string InitialBudgetHeading = "年初预算数";
    public const string AdjustedBudgetHeading = "全年预算数";
    public const string ExecutedHeading = "全年执行数";
    public const string WeightHeading = "分值";
    public const string ExecutionRateHeading = "执行率";
    public const string ScoreHeading = "得分";
    public const string DeviationReasonHeading = "偏差原因分析及改进措施";
    public const string GradeHeading = "评价等级";

    /// <summary>The word after the year in the line under the title: (2022 年度).</summary>
    public const string FiscalYearSuffix = "年度";

    /// <summary>The units the 项目资金 heading names in brackets: 项目资金 (元).</summary>
    public static IReadOnlyList<string> FundingUnits { get; } = ["元", "万元"];

    /// <summary>
    /// Units that 年度指标值 and 实际完成值 put after a figure (=12次, ≥3000人次, 56件): counts of events,
    /// people, items and places, money, and spans of time.
    /// </summary>
    public static IReadOnlyList<string> MeasureUnits { get; } =
    [
        "次", "人次", "万人次", "场", "场次", "期", "批", "轮", "课时", "学时",
        "人", "万人", "名", "户", "家", "所", "个", "项", "件", "万件", "份", "篇", "本", "册", "套", "台", "辆", "处", "条", "张", "种",
        "元", "万元", "亿元", "天", "日", "小时", "分钟", "工作日", "周", "月", "个月", "年", "%",
    ];

    /// <summary>The prefix that scales a count unit by ten thousand (3.5万人次 is 35000 人次).</summary>
    public const char TenThousand = '万';

    /// <summary>The weight of the 年度资金总额 row: the rest of the 100 points go to the indicators.</summary>
    public const decimal FundingWeight = 10m;

    public const decimal TotalWeight = 100m;

    public static IReadOnlyList<string> FundingTotalLabels { get; } = ["年度资金总额"];

    public static IReadOnlyList<string> FiscalAppropriationLabels { get; } =
        ["其中：当年财政拨款", "其中：本年财政拨款", "其中:当年财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款"];

    public static IReadOnlyList<string> CarryoverLabels { get; } = ["上年结转资金", "上年结转", "结转资金"];

    public static IReadOnlyList<string> OtherFundsLabels { get; } = ["其他资金"];

    /// <summary>Column headings of the funding block, which never hold a value.</summary>
    public static IReadOnlyList<string> FundingHeadings { get; } = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    /// <summary>Labels of the 年度总体目标 block, printed beside or above its texts.</summary>
    public static IReadOnlyList<string> GoalsLabels { get; } = ["年度总体目标", "年度目标", "总体目标", "预期目标", "实际完成情况"];

    /// <summary>Column headings of the indicator table.</summary>
    public static IReadOnlyList<string> IndicatorHeadings { get; } =
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "偏差原因/改进措施", "偏差原因"];

    public static IReadOnlyList<string> GradeLabels { get; } = ["评价等级", "自评等级", "绩效等级", "等级"];

    /// <summary>Grades and their lower bounds, best first: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.</summary>
    public static IReadOnlyList<(string Grade, decimal LowerBound)> Grades { get; } =
        [("优", 90m), ("良", 80m), ("中", 60m), ("差", decimal.MinValue)];

    /// <summary>Words by which a deviation reason or the achieved-goals text explains a shortfall.</summary>
    public static IReadOnlyList<string> CauseMarkers { get; } =
        // Phrases, not single characters: 影响力 or 受益 explain nothing.
        ["原因", "由于", "因为", "因疫情", "因故", "受疫情", "疫情影响", "影响，", "所致", "导致", "延期", "推迟", "暂未", "尚未", "未能"];

    /// <summary>Cell texts that stand for "no value" in a number column.</summary>
    public static IReadOnlyList<string> NoValueMarks { get; } = ["—", "–", "-", "－", "/", "／", "无", "——"];

    public static IReadOnlyList<CategoryGroup> Groups { get; } =
    [
        new(["产出指标"], 50m,
        [
            new(["数量指标"], ["次数", "个数", "人次", "人数", "场次", "户数", "件数", "数量", "完成率"]),
            new(["质量指标"], ["合格率", "达标率", "通过率", "准确率", "出勤率", "到位率", "正确率", "验收", "质量"]),
            new(["时效指标"], ["及时性", "及时率", "时效", "按时", "完成时间", "时限"]),
            new(["成本指标"], ["成本", "预算控制", "节约率"]),
        ]),
        new(["效益指标", "效果指标"], 30m,
        [
            new(["经济效益指标"], ["经济效益", "增收", "节约", "收益"]),
            new(["社会效益指标"], ["投诉", "事故", "知晓率", "社会"]),
            new(["生态效益指标"], ["生态", "环境", "节能", "降耗", "减排", "排放", "垃圾", "绿化"]),
            new(["可持续影响指标"], ["长效", "健全性", "可持续", "机制"]),
        ]),
        new(["满意度指标"], 10m,
        [
            new(["服务对象满意度指标"], ["满意度", "满意率"]),
        ]),
    ];
}
