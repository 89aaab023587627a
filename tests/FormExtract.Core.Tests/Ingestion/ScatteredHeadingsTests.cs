using System.Text;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// A spreadsheet's text flattened onto one line in the order the sheet's cells were listed: the title cut from the
/// place it starts with, the funding figures listed after the headings before the rows' labels, and the indicator
/// table's headings scattered among its first rows' cells. Rows that stand whole are read; the rest is named.
/// </summary>
public class ScatteredHeadingsTests
{
    private const string Form =
        "某县项目支出绩效自评表 (2022年度) 项目名称 道路养护 主管部门 某县交通运输局 年初预算数 50 项目资金(万元) 年度资金总额 实施单位 某县公路段 "
        + "全年预算数 全年执行数 分值 执行率 得分 50 48 10 96% 9.6 50 — 96% — 其中:当年财政拨款 上年结转资金 其他资金 "
        + "年度总体目标 一级指标 养护道路 完成养护 年度 实际 指标值 完成值 指标1:养护里程 30公里 指标2:桥梁检查 二级指标 三级指标 分值 得分 "
        + "28公里 10次 5 4 10 10 指标3:路面修补面积 2000平方米 2100平方米 5 5 指标4:群众满意度 90% 95% 10 10 "
        + "指标5:巡查次数 指标6:标志更新 12次 12次 5 5 40块 38块 5 4 质量指标 指标7:养护合格\n";

    [Fact]
    public void Only_the_rows_that_stand_whole_are_read_and_the_cells_out_of_their_rows_are_named()
    {
        var document = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document;

        var form = document.Forms.Single();
        Assert.Equal(["指标3:路面修补面积", "指标4:群众满意度"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal((5m, 5m), (form.Indicators[0].Weight!.Value!.Value, form.Indicators[0].Score!.Value!.Value));
        Assert.Equal("95%", form.Indicators[1].Actual!.Text);
        var unread = document.Warnings.Where(w => w is { Code: "unplaced-cell", Path: "/indicators" }).ToArray();
        Assert.Equal(2, unread.Length);
        Assert.Contains("指标1:养护里程", unread[0].Message, StringComparison.Ordinal);
        Assert.Contains("指标6:标志更新", unread[1].Message, StringComparison.Ordinal);
        Assert.All(unread, w => Assert.Equal(1, w.Line));
    }

    [Fact]
    public void The_goals_take_no_cell_of_the_indicator_table()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Null(form.Goals.Expected);
        Assert.Null(form.Goals.Achieved);
    }

    [Fact]
    public void Funding_figures_listed_before_their_rows_labels_are_named_not_read()
    {
        var document = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document;

        var form = document.Forms.Single();
        Assert.Null(form.Funding.Total?.AdjustedBudget);
        Assert.Null(form.Funding.Score);
        Assert.Contains(document.Warnings, w => w is { Code: "unplaced-cell", Path: "/funding" } && w.Message.Contains("50 48 10 96% 9.6", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_cut_from_the_title_it_starts_is_the_titles()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Equal("某县项目支出绩效自评表", form.Title);
        Assert.Equal(2022, form.FiscalYear);
    }
}
