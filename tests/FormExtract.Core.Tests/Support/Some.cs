using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Support;

/// <summary>
/// Builders for forms and cells. <see cref="Form"/> is a complete, consistent 自评表 that no validation rule
/// objects to; break one figure with a <c>with</c> expression or <see cref="FormChanges"/>. Cells are read
/// from text by the real normalisers, so <c>Some.Number("1,505,492")</c> holds 1505492.
/// </summary>
public static class Some
{
    public const string FundingTotalLabel = "年度资金总额";
    public const string FiscalLabel = "其中：当年财政拨款";
    public const string CarryoverLabel = "上年结转资金";
    public const string OtherLabel = "其他资金";

    /// <summary>A number cell read from its text; a dash gives a null value, as on a real form.</summary>
    public static NumberCell Number(string text) => new() { Text = text, Value = NumberParser.Parse(text)?.Value };

    public static NumberCell Number(decimal value) => Number(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An 执行率 cell: <c>"96.41%"</c> holds 0.9641.</summary>
    public static NumberCell Rate(string text) => new() { Text = text, Value = RateParser.Parse(text)?.Value };

    /// <summary>A 年度指标值 / 实际完成值 cell: <c>"&gt;=3000人次"</c>, <c>"5.2万人次"</c>, <c>"及时"</c>.</summary>
    public static MeasureCell Measure(string text) => new() { Text = text, Value = MeasureParser.Parse(text) };

    public static TextCell Text(string text) => new() { Text = text, Value = TextNormalizer.Normalize(text) };

    public static FundingRow FundingRow(string label, decimal? initialBudget, decimal? adjustedBudget, decimal? executed) => new()
    {
        Label = label,
        InitialBudget = initialBudget is { } initial ? Number(initial) : null,
        AdjustedBudget = adjustedBudget is { } adjusted ? Number(adjusted) : null,
        Executed = executed is { } spent ? Number(spent) : null,
    };

    /// <summary>
    /// A funding block all paid from the year's appropriation, whose 执行率 and 得分 follow from the figures
    /// (100000 budgeted, 95000 spent: 95.00%, 得分 9.5 of 10).
    /// </summary>
    public static Funding Funding(decimal adjustedBudget = 100000m, decimal executed = 95000m, decimal weight = 10m, decimal? initialBudget = null)
    {
        var initial = initialBudget ?? adjustedBudget;
        var rate = adjustedBudget == 0m ? 0m : executed / adjustedBudget;
        return new Funding
        {
            Unit = "元",
            Total = FundingRow(FundingTotalLabel, initial, adjustedBudget, executed),
            FiscalAppropriation = FundingRow(FiscalLabel, initial, adjustedBudget, executed),
            Carryover = FundingRow(CarryoverLabel, 0m, 0m, 0m),
            Other = FundingRow(OtherLabel, 0m, 0m, 0m),
            Weight = Number(weight),
            ExecutionRate = Rate(Decimals.Percent(rate)),
            Score = Number(Decimals.Format(Decimals.Round2(weight * Math.Min(rate, 1m)))),
        };
    }

    /// <summary>An indicator row; its 得分 is its full 分值 unless given.</summary>
    public static Indicator Indicator(
        string level1 = "产出指标",
        string level2 = "数量指标",
        string name = "开展咨询次数",
        string target = "=5次",
        string actual = "5",
        decimal weight = 10m,
        decimal? score = null,
        string? reason = null) => new()
        {
            Level1 = level1,
            Level2 = level2,
            Name = Text(name),
            Target = Measure(target),
            Actual = Measure(actual),
            Weight = Number(weight),
            Score = Number(score ?? weight),
            DeviationReason = reason is null ? null : Text(reason),
        };

    /// <summary>Eight rows in the template's split: 产出指标 50, 效益指标 30, 满意度指标 10, all met in full.</summary>
    public static IReadOnlyList<Indicator> Indicators() =>
    [
        Indicator("产出指标", "数量指标", "开展咨询次数", "=5次", "6", 10m),
        Indicator("产出指标", "数量指标", "完成研究课题个数", "=2个", "2", 10m),
        Indicator("产出指标", "质量指标", "考核达标率", "=100%", "100%", 10m),
        Indicator("产出指标", "时效指标", "活动完成及时性", "及时", "及时", 10m),
        Indicator("产出指标", "成本指标", "预算控制率", "<=100%", "95%", 10m),
        Indicator("效益指标", "社会效益指标", "有责投诉数", "=0次", "0", 15m),
        Indicator("效益指标", "可持续影响指标", "长效管理制度健全性", "健全", "健全", 15m),
        Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=85%", "90%", 10m),
    ];

    /// <summary>
    /// A form no rule objects to. Its 总分 row adds up whatever funding and indicators are given, so a test
    /// that changes a part gets only the findings that part causes.
    /// </summary>
    public static Form Form(Funding? funding = null, IReadOnlyList<Indicator>? indicators = null) => new Form
    {
        FormIndex = 0,
        Template = TemplateCatalog.NationalId,
        Title = "财政项目支出绩效自评表",
        FiscalYear = 2022,
        ProjectName = Text("残疾人权益保障经费"),
        Department = Text("上海市残疾人联合会"),
        ImplementingUnit = Text("上海市残疾人联合会"),
        Funding = funding ?? Funding(),
        Goals = new Goals
        {
            Expected = Text("完成法律援助、信访维稳和无障碍督导工作。"),
            Achieved = Text("1、预算执行：全年预算执行到位；2、产出情况：全年工作目标均已完成。"),
        },
        Indicators = indicators ?? Indicators(),
    }.WithConsistentTotals();
}
