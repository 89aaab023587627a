using System.Text;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>A table whose rows are parted by spaces, read as a stream of cells: what is printed under a row stays out of it.</summary>
public class SpacePartedRowsTests
{
    private const string Form = """
        区级部门预算项目支出绩效自评表
        ( 2019 年度)
        主管部门(盖章):                          单位:万元
        项目名称 图书购置 主管部门 某区文化和旅游局
        项目实施单位 某区图书馆 项目负责人 张三 联系电话 12345678
        年度总体目标 年初设定目标 年度总体目标完成情况综述
        购置图书一万册 全年购置图书一万两千册,均已上架借阅。
          年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法
        年度资金总额 20 20 10 100% 10 执行率*该指标分值,最高不得超过分值上限。
        其中:财政拨款 20 18 - - -
        一级
        指标
        二级
        指标
        三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法
        (50分)
        数量指标 图书购置册数 100% 100% 25 25  
        定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A记分。
        -          
        质量指标 图书验收合格率 100% 100% 25 25  
        -          
        (30分)
        经济效益
        指标
        带动全民阅读推广 100% 100% 30 30  
        -          
        """;

    [Fact]
    public void Text_printed_under_a_one_line_row_is_not_its_reason_when_a_skipped_column_follows_the_reason()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Equal(["图书购置册数", "图书验收合格率", "带动全民阅读推广"], form.Indicators.Select(i => i.Name!.Value));
        Assert.All(form.Indicators, i => Assert.Null(i.DeviationReason));
    }

    [Fact]
    public void Points_printed_alone_before_a_wrapped_category_label_stay_off_the_label()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        var last = form.Indicators[^1];
        Assert.Equal("经济效益指标", last.Level2);
        Assert.Equal("效益指标", last.Level1);
    }

    [Fact]
    public void One_line_under_both_goal_headings_parted_by_one_gap_is_the_two_goals()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Equal("购置图书一万册", form.Goals.Expected!.Value);
        Assert.Equal("全年购置图书一万两千册,均已上架借阅。", form.Goals.Achieved!.Value);
    }

    [Fact]
    public void A_funding_row_after_a_scoring_method_sentence_keeps_all_its_figures()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Equal(20m, form.Funding.FiscalAppropriation!.InitialBudget!.Value);
        Assert.Equal(18m, form.Funding.FiscalAppropriation.Executed!.Value);
    }

    [Fact]
    public void A_unit_note_on_a_line_of_its_own_is_the_funding_unit()
    {
        var form = Pipelines.ExtractText("form.txt", Encoding.UTF8.GetBytes(Form)).Document.Forms.Single();

        Assert.Equal("万元", form.Funding.Unit);
    }
}
