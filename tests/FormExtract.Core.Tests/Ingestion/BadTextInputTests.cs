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

    /// <summary>A tab-separated form that stops after the given indicator lines, before its total.</summary>
    private static string CutTsv(params string[] indicatorLines) => string.Join("\n",
    [
        "财政项目支出绩效自评表",
        "(2022 年度)",
        "项目名称\t乡村道路养护",
        "主管部门\t某县交通运输局\t实施单位\t某县公路养护中心",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "\t产出指标\t数量指标\t养护里程\t>=50公里\t50公里\t20\t20\t",
        .. indicatorLines,
        "",
    ]);

    [Fact]
    public void A_name_cut_off_on_a_line_that_keeps_its_rows_empty_cells_is_the_cut_rows_name()
    {
        var form = Read(CutTsv("\t\t\t养护道路优良\t\t\t\t\t")).Forms.Single();

        Assert.True(form.Truncated);
        Assert.Equal(["养护里程", "养护道路优良"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal(("产出指标", "数量指标"), (form.Indicators[1].Level1, form.Indicators[1].Level2));
        Assert.Null(form.Indicators[1].Weight);
    }

    [Fact]
    public void A_name_cut_off_after_a_reason_brought_to_its_full_stop_starts_a_row()
    {
        var form = Read(CutTsv("\t\t\t巡查完成率\t=100%\t90%\t10\t9\t部分路段因施工推迟巡查，已纳入下年计划。", "\t\t\t养护道路优良\t\t\t\t\t")).Forms.Single();

        Assert.Equal(["养护里程", "巡查完成率", "养护道路优良"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal("部分路段因施工推迟巡查，已纳入下年计划。", form.Indicators[1].DeviationReason!.Value);
    }

    [Fact]
    public void A_text_alone_on_the_last_line_of_a_cut_form_is_not_made_a_row()
    {
        // Nothing of the row's other cells printed after it: it may be a piece of any cell, so it stays unplaced.
        var document = Read(CutTsv("\t\t\t养护道路优良"));

        Assert.Equal(["养护里程"], document.Forms.Single().Indicators.Select(i => i.Name!.Value));
        Assert.Contains(document.Warnings, w => w.Code == "unplaced-cell" && w.Message.Contains("养护道路优良", StringComparison.Ordinal));
    }
}
