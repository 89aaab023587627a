namespace FormExtract.Pdf.Tests;

public class ItemBreaksTests
{
    [Fact]
    public void An_item_after_a_full_line_starts_a_paragraph_when_another_item_of_the_cell_visibly_does()
    {
        string[] lines = ["1.预算执行：执行率99.40%；", "2.产出情况：已全部完成并通过验收；", "3.效果体现：读者获得感进一步增强。"];

        var breaks = ItemBreaks.Infer(lines, [false, true, false]);

        Assert.Equal([false, true, true], breaks);
    }

    [Fact]
    public void Bare_item_numbers_count_as_items()
    {
        string[] lines = ["1通过开展学生资助发放工作。", "2做好项目绩效目标管理。", "3持续做好教学质量评估工作。"];

        Assert.Equal([false, true, true], ItemBreaks.Infer(lines, [false, false, true]));
    }

    [Fact]
    public void An_enumeration_that_runs_on_inside_a_line_keeps_its_items_inline()
    {
        string[] lines = ["1、依法维护残疾人权益。2、通过购买服务，及时", "回应诉求。", "3、热线考核全部达标。", "4、项目效果良好。"];

        // A visible break before item 3, but item 2 runs on inside the first line: the cell mixes both ways.
        Assert.Equal([false, false, true, false], ItemBreaks.Infer(lines, [false, false, true, false]));
    }

    [Fact]
    public void Without_evidence_in_the_cell_a_full_line_stays_a_wrap()
    {
        string[] lines = ["1、预算执行：执行率100.00%；", "2、产出情况：各项工作有序推进；"];

        Assert.Equal([false, false], ItemBreaks.Infer(lines, [false, false]));
    }

    [Fact]
    public void Two_items_starting_full_lines_are_evidence_enough()
    {
        // The V6 form's 完成情况综述 in a landscape print: every item fills its line, so no line shows room.
        string[] lines = ["1.预算执行：项目本年度执行数2354.18万元，执行率92.85%；", "2.产出情况：按计划开展志愿助残服务，各项工作有序推进；", "3.效果体现：长效管理制度健全，项目社会效益明显。"];

        Assert.Equal([false, true, true], ItemBreaks.Infer(lines, [false, false, false]));
    }

    [Theory]
    [InlineData("1.5万元已拨付到位。")]
    [InlineData("2022年度任务已完成。")]
    [InlineData("(2)产出情况良好。")]
    [InlineData("12345热线全部接通。")]
    public void A_line_starting_with_a_figure_is_no_item(string second)
    {
        string[] lines = ["1.预算执行：执行率100.00%；", second, "3.效果体现：良好。"];

        Assert.Equal([false, false, true], ItemBreaks.Infer(lines, [false, false, true]));
    }
}
