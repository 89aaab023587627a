using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// Text that is not a form, or only the start of one: the reader says so with the line, and invents nothing.
/// </summary>
public class BadTextInputTests
{
    private static FormDocument Read(string text) => Pipelines.ExtractText("input.txt", Encoding.UTF8.GetBytes(text)).Document;

    [Fact]
    public void A_sentence_that_mentions_the_form_is_no_form()
    {
        var document = Read("""
            关于做好2023年度项目支出绩效自评工作的通知
            各单位：请于5月31日前填报项目支出绩效自评表，并将绩效自评表报送财政局预算绩效管理科。
            联系人：张三，电话：12345678。
            """);

        Assert.Empty(document.Forms);
        Assert.Contains(document.Warnings, w => w.Code == "no-forms");
    }

    [Fact]
    public void A_table_of_another_kind_in_pipe_rows_is_no_form()
    {
        var document = Read("""
            序号 | 姓名 | 性别 | 年龄 | 工资（元） |
            1 | 张三 | 男 | 35 | 5,000.00 |
            2 | 李四 | 女 | 41 | 6,200.00 |
            合计 | | | | 11,200.00 |
            """);

        Assert.Empty(document.Forms);
        Assert.Contains(document.Warnings, w => w.Code == "no-forms");
    }

    [Fact]
    public void An_excerpt_that_stops_mid_cell_keeps_what_it_read_and_names_the_line_where_it_stops()
    {
        var document = Read("""
            项目支出绩效自评表 |
            （2023年度） |
            项目名称 | 乡村道路养护 |
            主管部门 | 某县交通运输局 | 实施单位 | 某县公路养护中心 |
            项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 100 | 100 | 95 | 10 | 95% | 9.5 |
            其中：当年财政拨款 | 100 | 100 | 95 | — | | — |
            上年结转资金 | 0 | 0 | 0 | — | | — |
            其他资金 | 0 | 0 | 0 | — | | — |
            年度总体目标 | 预期目标 | 实际完成情况 |
            完成道路养护50公里 | 完成道路养护48公里 |
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            产出指标 | 数量指标 | 养护里程 | ≥50公里 | 48公里 | 20 | 19.2 | 部分路段
            """);

        var form = Assert.Single(document.Forms);
        Assert.True(form.Truncated);
        Assert.Equal("乡村道路养护", form.ProjectName?.Value);
        Assert.Equal(95m, form.Funding.Total?.Executed?.Value);
        var indicator = Assert.Single(form.Indicators);
        Assert.Equal("养护里程", indicator.Name?.Value);
        Assert.Equal(19.2m, indicator.Score?.Value);
        Assert.Null(form.TotalScore);
        var truncated = Assert.Single(document.Warnings, w => w.Code == "form-truncated");
        Assert.Equal(13, truncated.Line);
        // Totals that were never printed are not checked against anything.
        Assert.DoesNotContain(form.Findings, f => f.Rule is "total-score" or "total-weight" or "weight-split");
    }
}
