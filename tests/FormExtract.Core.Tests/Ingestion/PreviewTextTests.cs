using System.Text;
using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Template;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// A document preview's text: its numbered pages joined again where they cut a cell, OCR's noise told from a clean
/// flattening, and a flattened form's sentences (the scoring method, a goal) kept apart from its figures and headings.
/// </summary>
public sealed class PreviewTextTests
{
    private static TextLine[] Lines(params string[] texts) => texts.Select((t, i) => new TextLine(i + 1, t)).ToArray();

    [Fact]
    public void Pages_numbered_in_order_are_joined_where_they_cut_a_cell_and_keep_their_lines()
    {
        var first = "1、项目支出绩效自评表" + new string('字', 100) + "实现科学管";
        var joined = Assert.Single(PreviewPages.Join(Lines(first, "2、理,充分发挥12.51", "3、2.512.5完成值"), lonePages: false));

        Assert.StartsWith("项目支出绩效自评表", joined.Text, StringComparison.Ordinal);
        Assert.Contains("实现科学管理,充分发挥12.512.512.5完成值", joined.Text, StringComparison.Ordinal);
        Assert.Equal(1, joined.LineAt(0));
        Assert.Equal(2, joined.LineAt(joined.Text.IndexOf("理,", StringComparison.Ordinal)));
        Assert.Equal(3, joined.LineAt(joined.Text.IndexOf("完成值", StringComparison.Ordinal)));
    }

    [Fact]
    public void Numbered_lines_out_of_order_or_short_are_not_pages_and_a_lone_one_only_in_ocr_text()
    {
        string[] lines = ["1、短的一行", "2、另一行", "1、" + new string('字', 120), "3、不是第二页"];

        Assert.Equal(lines, PreviewPages.Join(Lines(lines), lonePages: false).Select(j => j.Text));
        Assert.Equal(["1、短的一行", "2、另一行", new string('字', 120), "3、不是第二页"], PreviewPages.Join(Lines(lines), lonePages: true).Select(j => j.Text));
    }

    [Theory]
    [InlineData("项Fl资金(万兀)年度资金总额", true)]
    [InlineData("主管部n重庆市梁平区林业局", true)]
    [InlineData("人2370人IO指标2:质量指标", true)]
    [InlineData("年度资金总额290$29", true)]
    [InlineData("执行率(B/A)按B/A或A/B*该指标分值记分", false)]
    [InlineData("项目支出绩效自评表.doc_第1页", false)]
    [InlineData("# SOURCE_URL: https://example", false)]
    [InlineData("地区GDP增长率PM2.5浓度", false)]
    public void Ocr_noise_is_told_from_the_letters_a_printed_form_holds(string text, bool noise)
    {
        Assert.Equal(noise, RecognitionNoise.IsIn(Lines(text)));
    }

    [Fact]
    public void A_scoring_method_run_on_from_the_funding_figures_is_a_cell_of_its_own()
    {
        var words = new FusedWords(TemplateCatalog.Default);

        var pieces = words.Cut("年度资金总额:310.2154.741050%5执行率*该指标分值,最高不得超过分值上限。其中:本年一般公共预算拨款");

        Assert.Contains("执行率*该指标分值,最高不得超过分值上限。", pieces);
        Assert.DoesNotContain("指标分值", pieces);
    }

    [Fact]
    public void A_heading_row_printed_straight_after_a_goal_is_cut_from_it()
    {
        var words = new FusedWords(TemplateCatalog.Default);

        var pieces = words.Cut("年度总体目标通过规范经费的使用,实现科学管理,做出了贡献绩效指标一级指标二级指标三级指标分值得分");

        Assert.Equal("通过规范经费的使用,实现科学管理,做出了贡献", pieces[1]);
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标"], pieces.Skip(2).Take(4));
    }

    [Fact]
    public void A_clean_preview_with_underscores_in_its_file_names_is_read_as_a_flattening()
    {
        var text = "项目支出绩效自评表.doc_第1页\n资源描述:\n"
            + "1、项目支出绩效自评表(2016年度)           项目名称【体制】自管道路清扫保洁外包工作经费主管部门及代码北京市海淀区人民政府学院路街道办事处"
            + "实施单位:北京市海淀区学院路街道城市运行服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法"
            + "年度资金总额:310.2154.741050%5执行率*该指标分值,最高不得超过分值上限。其中:本年一般公共预算拨款 310.2154.74   其他资金     年度总体目标通过\n2、规范专项资金的使用\n";
        var form = Assert.Single(Pipelines.ExtractText("preview.txt", Encoding.UTF8.GetBytes(text)).Document.Forms);

        Assert.Equal("项目支出绩效自评表", form.Title);
        Assert.Equal("【体制】自管道路清扫保洁外包工作经费", form.ProjectName!.Text);
        Assert.Equal("北京市海淀区学院路街道城市运行服务中心", form.ImplementingUnit!.Text);
        // 310.2154.74 parts as 310.2 and 154.74, the reading whose rate (49.88%, printed 50%) and score (5 of 10) hold.
        Assert.Equal((310.2m, 154.74m), (form.Funding.Total!.InitialBudget!.Value, form.Funding.Total.Executed!.Value));
        Assert.Equal((10m, 0.5m, 5m), (form.Funding.Weight!.Value, form.Funding.ExecutionRate!.Value, form.Funding.Score!.Value));
        Assert.Equal((310.2m, 154.74m), (form.Funding.FiscalAppropriation!.InitialBudget!.Value, form.Funding.FiscalAppropriation.Executed!.Value));
        // The contract compares rates at 2 decimals: 50% printed for 49.88% is reported.
        Assert.Contains(form.Findings, f => f.Rule == "execution-rate" && f.Stated == "50%" && f.Expected == "49.88%");
    }

    [Fact]
    public void Indicator_rows_that_print_the_weight_first_are_parted_by_shapes_and_scores()
    {
        // The V8 order: 分值, 年度指标值(A), 全年实际值(B), the scoring method, 得分. 12.512.512.5 parts as 12.5 | 12.5 | 12.5
        // (12.5 | 12.51 | 2.5 prints its target and actual unlike and would not earn the full 12.5); 1011 parts
        // only as 10 | 1 | 1 (a weight of 1 leaves 011, no figure); 20100%90% as 20 | 100% | 90%, short of the
        // target and so below the weight.
        var text = "项目支出绩效自评表(2016年度)项目名称道路保洁经费主管部门及代码某某区某某街道办事处实施单位:某某街道城市运行服务中心"
            + "绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
            + "数量指标清扫保洁道路条数12.512.512.5完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。12.5"
            + "产出指标(50分)质量指标保洁作业达标次数1011完成值达到指标值,记满分。10"
            + "时效指标按时完成保洁率20100%90%完成值达到指标值,记满分;未达到指标值,按B/A*该指标分值记分。18\n";
        var document = Pipelines.ExtractText("v8.txt", Encoding.UTF8.GetBytes(text)).Document;

        var form = Assert.Single(document.Forms);
        Assert.Equal(["清扫保洁道路条数", "保洁作业达标次数", "按时完成保洁率"], form.Indicators.Select(i => i.Name!.Text));
        Assert.Equal(["数量指标", "质量指标", "时效指标"], form.Indicators.Select(i => i.Level2));
        Assert.Equal([12.5m, 10m, 20m], form.Indicators.Select(i => i.Weight?.Value));
        Assert.Equal(["12.5", "1", "100%"], form.Indicators.Select(i => i.Target?.Text));
        Assert.Equal(["12.5", "1", "90%"], form.Indicators.Select(i => i.Actual?.Text));
        Assert.Equal([12.5m, 10m, 18m], form.Indicators.Select(i => i.Score?.Value));
    }

    [Fact]
    public void Weight_first_figures_that_part_more_than_one_way_are_named_not_guessed()
    {
        // With no score printed to settle it, 1010010 parts as 10 | 100 | 10 or as 10 | 1001 | 0.
        var text = "项目支出绩效自评表(2016年度)项目名称道路保洁经费主管部门及代码某某区某某街道办事处实施单位:某某街道城市运行服务中心"
            + "绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
            + "数量指标清扫保洁道路条数1010010\n";
        var document = Pipelines.ExtractText("v8.txt", Encoding.UTF8.GetBytes(text)).Document;

        var indicator = Assert.Single(Assert.Single(document.Forms).Indicators);
        Assert.Equal("清扫保洁道路条数", indicator.Name!.Text);
        Assert.Null(indicator.Weight);
        Assert.Contains(document.Warnings, w => w.Code == "fused-figures" && w.Message.Contains("1010010", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_goal_text_that_quotes_the_expected_goals_heading_is_named_not_taken_for_them()
    {
        var text = "项目支出绩效自评表(2016年度)项目名称道路保洁经费主管部门及代码某某区某某街道办事处实施单位:某某街道城市运行服务中心"
            + "年度总体目标规范专项资金的使用,更好的服务于本地区发展按照年初设定目标,将辖区20条城市道路清扫保洁业务进行了外包"
            + "绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析\n";
        var document = Pipelines.ExtractText("v8.txt", Encoding.UTF8.GetBytes(text)).Document;

        var form = Assert.Single(document.Forms);
        Assert.Null(form.Goals.Expected);
        Assert.Null(form.Goals.Achieved);
        Assert.Contains(document.Warnings, w => w.Code == "unplaced-cell" && w.Path == "/goals" && w.Line == 1);
    }
}
