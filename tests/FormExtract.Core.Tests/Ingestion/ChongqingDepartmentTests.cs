using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// 重庆's 部门整体绩效自评表 (V5): its indicator table prints 指标性质 (定量指标/定性指标) between 计量单位 and 年初指标值.
/// The heading decides the column: 指标性质 is never the indicator's target, whichever way the table was dumped.
/// </summary>
public class ChongqingDepartmentTests
{
    /// <summary>The form's rows, cell by cell: an empty first cell lies under a label merged over the rows (绩效指标).</summary>
    private static readonly string[][] Rows =
    [
        ["部门整体绩效自评表"],
        ["主管部门", "重庆市某区示例局", "财政处室", "行政政法科", "自评总分(分)", "96.5", "部门联系人", "张三", "联系电话", "023-00000000"],
        ["部门预算执行情况(万元)", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"],
        ["", "500", "520", "494", "95%", "10", "9.5"],
        ["当年绩效目标", "年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况"],
        ["", "保障单位正常运转", "保障单位正常运转", "单位正常运转"],
        ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
        ["", "预算完成率", "%", "定量指标", "90%", "90%", "95%", "100%", "30", "30", "是"],
        ["", "培训次数", "次", "定量指标", "12次", "12次", "10次", "83%", "30", "25", "否"],
        ["", "管理制度健全性", "", "定性指标", "健全", "健全", "健全", "100%", "30", "30", "否"],
        ["总分", "100", "96.5"],
    ];

    private const int Width = 11;

    /// <summary>Row by row, each row padded with pipes to the table's width.</summary>
    private static string Piped() => string.Join("\n", Rows.Select(r => string.Join(" | ", r) + new string('|', Width - r.Length))) + "\n";

    private static string Tabbed() => string.Join("\n", Rows.Select(r => string.Join("\t", r))) + "\n";

    /// <summary>One cell a line: a merged label's empty cells are not printed, an empty cell inside a row is an empty line.</summary>
    private static string CellPerLine() => string.Join("\n", Rows.SelectMany(r => r.SkipWhile(c => c.Length == 0))) + "\n";

    public static TheoryData<string> Shapes => ["piped", "tabbed"];

    private static Form Extract(string text) => Assert.Single(Pipelines.ExtractText("chongqing.txt", Encoding.UTF8.GetBytes(text)).Document.Forms);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_target_is_the_initial_value_not_the_indicator_nature(string shape)
    {
        var form = Extract(shape == "piped" ? Piped() : Tabbed());

        Assert.Equal("department-overall-chongqing", form.Template);
        Assert.Equal(["预算完成率", "培训次数", "管理制度健全性"], form.Indicators.Select(i => i.Name?.Text));
        AssertIndicator(form.Indicators[0], "90%", new Measure(null, 90m, "%", null), "95%", new Measure(null, 95m, "%", null), 30m, 30m);
        AssertIndicator(form.Indicators[1], "12次", new Measure(null, 12m, "次", null), "10次", new Measure(null, 10m, "次", null), 30m, 25m);
        AssertIndicator(form.Indicators[2], "健全", null, "健全", null, 30m, 30m);
    }

    /// <summary>
    /// One cell a line, the rows are cut back out of the stream by the headings: 调整指标值 is one of the table's
    /// headings (a column the contract skips), and a measure (90%) does not start a row of its own as a name.
    /// </summary>
    [Fact]
    public void One_cell_a_line_the_quantitative_indicators_keep_their_columns()
    {
        var form = Extract(CellPerLine());

        Assert.Equal("department-overall-chongqing", form.Template);
        Assert.Equal(["预算完成率", "培训次数", "管理制度健全性"], form.Indicators.Select(i => i.Name?.Text));
        AssertIndicator(form.Indicators[0], "90%", new Measure(null, 90m, "%", null), "95%", new Measure(null, 95m, "%", null), 30m, 30m);
        AssertIndicator(form.Indicators[1], "12次", new Measure(null, 12m, "次", null), "10次", new Measure(null, 10m, "次", null), 30m, 25m);
        // The qualitative row's empty 计量单位 leaves no line: without it, which of 健全 and 100% is the result
        // cannot be told from the cells alone. Its target, weight and score are read all the same.
        Assert.Equal("健全", form.Indicators[2].Target?.Text);
        Assert.Equal(30m, form.Indicators[2].Weight?.Value);
        Assert.Equal(30m, form.Indicators[2].Score?.Value);
    }

    private static void AssertIndicator(Indicator indicator, string target, Measure? targetValue, string actual, Measure? actualValue, decimal weight, decimal score)
    {
        Assert.Equal(target, indicator.Target?.Text);
        Assert.Equal(actual, indicator.Actual?.Text);
        if (targetValue is not null)
        {
            Assert.Equal(targetValue, indicator.Target?.Value);
            Assert.Equal(actualValue, indicator.Actual?.Value);
        }

        Assert.Equal(weight, indicator.Weight?.Value);
        Assert.Equal(score, indicator.Score?.Value);
    }
}
