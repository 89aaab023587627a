using System.Text;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>A table dumped one cell per line, with its headings broken over lines as a narrow column prints them.</summary>
public class CellPerLineTests
{
    /// <summary>The cells of a form, one a line; the reason's heading takes six lines of two characters or fewer.</summary>
    private static string Form(params string[] reasonHeading) => string.Join("\n",
    [
        "财政项目支出绩效自评表", "(2022 年度)",
        "项目名称", "残疾人事业宣传经费", "主管部门", "某区残疾人联合会", "实施单位", "某区残疾人联合会",
        "项目资金 (万元)", "年初预", "算数", "全年预算数", "全年执", "行数", "分值", "执行率", "得分",
        "年度资金总额", "100.00", "100.00", "90.00", "10", "90.00%", "9",
        "其中：本年财政拨款", "100.00", "100.00", "90.00", "—",
        "年度总体目标", "预期目标", "实际完成情况", "开展宣传活动十场。", "开展宣传活动十二场。",
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指", "标值", "实际完", "成值", "分值", "得分",
        .. reasonHeading,
        "产出指标", "数量指标", "宣传活动场次", ">=10场", "12场", "50", "50", "",
        "效益指标", "社会效益指标", "残疾人家庭生活质量", "提高", "略有提高", "40", "30", "",
        "总分", "100", "89",
        "评价等级", "良",
        "",
    ]);

    [Fact]
    public void A_heading_wrapped_over_six_lines_is_one_heading_and_no_indicator()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form("偏差", "原因", "分析", "及改", "进措", "施"))).Document.Forms.Single();

        Assert.Equal(["宣传活动场次", "残疾人家庭生活质量"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal(40m, form.Indicators[1].Weight!.Value);
        // The reason left empty under a score below its weight is reported on the indicator that lost points.
        var missing = Assert.Single(form.Findings, f => f.Rule == "missing-deviation-reason");
        Assert.Equal("/indicators/1/deviationReason", missing.Path);
    }

    [Fact]
    public void A_heading_wrapped_over_five_lines_reads_as_the_heading_printed_whole()
    {
        var whole = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form("偏差原因分析及改进措施"))).Document.Forms.Single();
        var wrapped = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form("偏差原", "因分析", "及改进", "措", "施"))).Document.Forms.Single();

        Assert.Equal(2, whole.Indicators.Count);
        Assert.Equal(whole.Indicators.Select(i => (i.Name!.Value, i.Weight!.Value, i.Score!.Value)), wrapped.Indicators.Select(i => (i.Name!.Value, i.Weight!.Value, i.Score!.Value)));
        Assert.Equal(whole.Findings.Select(f => (f.Rule, f.Path)), wrapped.Findings.Select(f => (f.Rule, f.Path)));
    }

    /// <summary>The same form with rows of its own: a reason sentence under a row that lost points, then a row whose result was left blank.</summary>
    private static string FormWithRows(params string[] rows) => string.Join("\n",
    [
        "财政项目支出绩效自评表", "(2022 年度)",
        "项目名称", "残疾人事业宣传经费", "主管部门", "某区残疾人联合会", "实施单位", "某区残疾人联合会",
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        "产出指标", "数量指标", .. rows,
        "总分", "100", "89",
        "",
    ]);

    [Theory]
    // The blank result printed as a cell holding a space, or left out altogether.
    [InlineData(" ")]
    [InlineData(null)]
    public void A_reason_sentence_stays_with_its_row_and_the_next_row_keeps_its_name(string? blankResult)
    {
        string[] next = blankResult is null ? ["社区为老服务响应及时率", "及时", "50", "50"] : ["社区为老服务响应及时率", "及时", blankResult, "50", "50"];
        var text = FormWithRows(["宣传活动场次", ">=10场", "8场", "50", "39", "受疫情影响，宣传活动未能按计划全部开展，下一步将加强进度管理。", .. next]);

        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        Assert.Equal(["宣传活动场次", "社区为老服务响应及时率"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal("受疫情影响，宣传活动未能按计划全部开展，下一步将加强进度管理。", form.Indicators[0].DeviationReason!.Value);
        Assert.Equal(("及时", 50m, 50m), (form.Indicators[1].Target!.Text, form.Indicators[1].Weight!.Value, form.Indicators[1].Score!.Value));
        Assert.Null(form.Indicators[1].Actual?.Value);
        Assert.DoesNotContain(form.Findings, f => f.Rule == "missing-deviation-reason");
    }
}
