using System.Text;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// A table printed one row per line, its cells parted by single spaces and its indicator header on two lines (a
/// web page whose table lost its borders): each line is a row again, the second header line's headings take the
/// places of those they split, and a row whose leading cells were merged keeps the categories above it.
/// </summary>
public class SpacedTableRowsTests
{
    private const string Form = """
        2021年度项目支出绩效自评表
        项目名称 图书购置 主管部门 某区文化和旅游局 实施单位 某区图书馆
        项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
        年度资金总额 20.00 20.00 18.00 10 90.00% 9.00
        其中:当年财政拨款 20.00 20.00 18.00 - - -
        上年结转资金 0.00 0.00 0.00 - - -
        其他资金 0.00 0.00 0.00 - - -
        年度总体目标 预期目标 实际完成情况
        购置图书一万册 全年购置图书九千册
        一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
        指标性质 指标值 度量单位
        产出指标 数量指标 图书购置册数 ≥ 10000 册 9000册 20 18.00 经费不足
        质量指标 图书验收合格率 = 100 % 100% 20 20.00 无
        效益指标 社会效益指标 借阅人次 ≥ 5000 人次 6000人次 30 30.00 无
        满意度指标 服务对象满意度指标 读者满意度 ≥ 90 % 95% 20 20.00 无
        总分 100 97.00
        """;

    private static Model.Form Read(string text) =>
        Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

    [Fact]
    public void Each_line_is_a_row_and_the_second_header_line_splits_the_target()
    {
        var form = Read(Form);

        Assert.Equal(["图书购置册数", "图书验收合格率", "借阅人次", "读者满意度"], form.Indicators.Select(i => i.Name!.Value));
        var first = form.Indicators[0];
        Assert.Equal(10000m, first.Target!.Value!.Number);
        Assert.Equal("册", first.Target.Value.Unit);
        Assert.NotNull(first.Target.Value.Comparator);
        Assert.Equal(9000m, first.Actual!.Value!.Number);
        Assert.Equal([20m, 20m, 30m, 20m], form.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([18m, 20m, 30m, 20m], form.Indicators.Select(i => i.Score!.Value));
        Assert.Equal("经费不足", first.DeviationReason!.Value);
    }

    [Fact]
    public void A_row_without_its_merged_first_level_cell_keeps_the_category_above()
    {
        var form = Read(Form);

        Assert.Equal(["产出指标", "产出指标", "效益指标", "满意度指标"], form.Indicators.Select(i => i.Level1));
        Assert.Equal("质量指标", form.Indicators[1].Level2);
    }

    [Fact]
    public void Funding_goals_and_total_are_read_from_their_lines()
    {
        var form = Read(Form);

        Assert.Equal(20m, form.Funding.Total!.AdjustedBudget!.Value);
        Assert.Equal(18m, form.Funding.Total.Executed!.Value);
        Assert.Equal(9m, form.Funding.Score!.Value);
        Assert.Equal("购置图书一万册", form.Goals.Expected!.Value);
        Assert.Equal("全年购置图书九千册", form.Goals.Achieved!.Value);
        Assert.Equal(97m, form.TotalScore!.Value);
    }

    [Fact]
    public void A_funding_row_printed_across_with_its_label_again_before_each_figure_is_one_row()
    {
        var form = Read("""
            2020年度预算项目绩效自评表
            一、基本情况 项目名称: 图书购置 实施(主管)单位 某区图书馆 金额单位: 万元
            二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
            预算数 12.50 到位数 12.00 执行数 10.00 80.00
            其中:财政资金 12.50 其中:财政资金 12.00 其中:财政资金 10.00
            其他 0.00 其他 0.00 其他 0.00
            四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分
            符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分
            产出指标 数量指标 购置册数 新购图书册数 >= 1000 册 1200册 完成 40.00 40.00 16.00
            时效指标 完成时限 全年按时完成购置 <= 12 月 11月 完成 20.00 20.00 4.00
            """);

        Assert.Equal("万元", form.Funding.Unit);
        Assert.Equal("图书购置", form.ProjectName!.Value);
        Assert.Equal(12.5m, form.Funding.Total!.AdjustedBudget!.Value);
        Assert.Equal(10m, form.Funding.Total.Executed!.Value);
        Assert.Equal(0.8m, form.Funding.ExecutionRate!.Value);
        Assert.Equal(12.5m, form.Funding.FiscalAppropriation!.AdjustedBudget!.Value);
        Assert.Equal(10m, form.Funding.FiscalAppropriation.Executed!.Value);
        Assert.Equal(["购置册数", "完成时限"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Equal("产出指标", form.Indicators[1].Level1);
        var indicator = form.Indicators[0];
        Assert.Equal(1000m, indicator.Target!.Value!.Number);
        Assert.Equal(1200m, indicator.Actual!.Value!.Number);
        Assert.Equal(16m, indicator.Score!.Value);
    }

    [Fact]
    public void A_page_heading_over_its_metadata_before_the_same_title_is_no_form()
    {
        var document = Pipelines.ExtractText("page.txt", Encoding.UTF8.GetBytes("""
            某县图书馆2021年度项目支出绩效自评表
            发布日期: 2022.03.01 索引号: 0001-2-0404-2022-0001
            发布机构: 图 书 馆 文号:
            某县图书馆2021年度项目支出绩效自评表
            """ + "\n" + string.Join('\n', Form.Split('\n').Skip(1)))).Document;

        var form = Assert.Single(document.Forms);
        Assert.Equal(4, form.Indicators.Count);
    }
}
