using System.Text;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// A spreadsheet's text, one cell a line in the order the sheet's cells were listed: a header field beside the
/// funding block's label, a heading cut at its spaces, a heading printed after the figures it heads, and wrapped
/// goal cells whose lines interleave.
/// </summary>
public class SpreadsheetTextTests
{
    private static string Form(params string[] goals) => string.Join("\n",
    [
        "项目支出绩效自评表", "(2021 年度)",
        "项目名称", "司法业务经费", "主管部门", "某市司法局",
        "项目资金(万元)", "实施单位", "某市司法局",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(全年", "执行数/全年", "预算数)",
        "年度资金总额:", "100.00", "100.00", "90.00", "10", "90%", "9",
        "其中:当年财政拨款", "100.00", "100.00", "90.00", "10", "90%", "9",
        "得分",
        "上年结转资金", "其他资金",
        .. goals,
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        "产出指标", "数量指标", "宣传活动场次", ">=10场", "12场", "50", "50", "",
        "效益指标", "社会效益指标", "群众满意度", ">=90%", "95%", "40", "40", "",
        "总分", "100", "99",
        "",
    ]);

    private static readonly string[] Goals = ["年度总体目标", "预期目标", "实际完成情况", "开展宣传活动十场。", "开展宣传活动十二场。"];

    [Fact]
    public void A_heading_cut_at_its_spaces_and_a_heading_printed_after_its_figures_place_every_figure()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form(Goals))).Document.Forms.Single();

        Assert.Equal((100m, 100m, 90m), (form.Funding.Total!.InitialBudget!.Value!.Value, form.Funding.Total.AdjustedBudget!.Value!.Value, form.Funding.Total.Executed!.Value!.Value));
        Assert.Equal(10m, form.Funding.Weight!.Value);
        Assert.Equal(0.9m, form.Funding.ExecutionRate!.Value);
        Assert.Equal(9m, form.Funding.Score!.Value);
        // Rows printed without figures take none of the labels after them.
        Assert.Null(form.Funding.Carryover?.InitialBudget);
        Assert.Null(form.Funding.Other?.InitialBudget);
        Assert.Equal("开展宣传活动十场。", form.Goals.Expected!.Value);
        Assert.Equal(2, form.Indicators.Count);
    }

    [Fact]
    public void A_header_field_printed_beside_the_funding_blocks_label_is_read()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form(Goals))).Document.Forms.Single();

        Assert.Equal("某市司法局", form.ImplementingUnit!.Value);
    }

    [Fact]
    public void Goal_columns_interleaved_line_by_line_are_a_warning_not_goals()
    {
        var document = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form(
            "预期目标", "实际完成情况",
            "1.开展宣传活动,提升", "1.开展宣传活动,提升全民法治素养,", "全民法治素养。", "助力社会治理。",
            "2.", "2.加强社区矫正监管,开展", "加强社区矫正监管,开展培训。", "培训。"))).Document;

        var form = document.Forms.Single();
        Assert.Null(form.Goals.Expected);
        Assert.Null(form.Goals.Achieved);
        Assert.Contains(document.Warnings, w => w is { Code: "unplaced-cell", Path: "/goals" } && w.Message.Contains("interleaved", StringComparison.Ordinal));
        Assert.Equal(2, form.Indicators.Count);
    }

    [Fact]
    public void Two_headings_wrapped_alike_and_listed_line_by_line_are_two_headings()
    {
        var tokens = new FormExtract.Core.Ingestion.Text.CellTokens(FormExtract.Core.Template.TemplateCatalog.Default)
            .Read(FormExtract.Core.Ingestion.Text.TextLine.Split("一级 指标 年度 实际 指标值 完成值 二级指标 三级指标\n"), CancellationToken.None);

        Assert.Equal(["一级指标", "年度指标值", "实际完成值", "二级指标", "三级指标"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void A_header_field_listed_after_a_funding_rows_label_but_before_its_figures_is_read()
    {
        var text = string.Join("\n",
        [
            "项目支出绩效自评表", "(2021年度)", "项目名称", "国家基本公共卫生服务", "主管部门", "某县卫生健康局",
            "项目资金 (万元)", "年度资金总额", "实施单位", "某镇卫生院", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "",
        ]);

        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        Assert.Equal("某镇卫生院", form.ImplementingUnit!.Value);
    }
}
