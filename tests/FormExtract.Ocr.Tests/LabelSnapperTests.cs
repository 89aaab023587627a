namespace FormExtract.Ocr.Tests;

/// <summary>OCR's near misses on the template's labels, put back on the label, and what is left alone.</summary>
public sealed class LabelSnapperTests
{
    private readonly LabelSnapper _snapper = new(OcrOptions.Default.Vocabulary);

    [Theory]
    [InlineData("产出指示", "产出指标")]
    [InlineData("年度资金总頟", "年度资金总额")]
    public void A_label_read_with_one_wrong_character_is_the_label(string read, string label) =>
        Assert.Equal(label, _snapper.Snap(read));

    [Theory]
    [InlineData("项三资金（元）", "项目资金（元）")]
    [InlineData("项目资盒(万元)", "项目资金(万元)")]
    [InlineData("产出指示(50分)", "产出指标(50分)")]
    public void A_label_misread_before_its_note_in_brackets_is_the_label_with_its_note(string read, string label) =>
        Assert.Equal(label, _snapper.Snap(read));

    [Theory]
    // 款 (or 拨款) wrapped alone onto a second line of the narrow first column, read as junk.
    [InlineData("其中：当年财政拨ES 这汪E", "其中：当年财政拨款")]
    [InlineData("其中：本年财政本 投款：局汪", "其中：本年财政拨款")]
    public void A_funding_label_whose_wrapped_tail_was_misread_is_told_by_its_start(string read, string label) =>
        Assert.Equal(label, _snapper.Snap(read));

    [Theory]
    // An indicator's name may start like a category's label; only funding labels are told by their start.
    [InlineData("服务对象满意度指标完成率")]
    // Too much after the start for one or two wrapped characters.
    [InlineData("其中：当年财政拨款的使用情况说明材料")]
    [InlineData("残疾人康复服务人次")]
    [InlineData("项目资金（元）")]
    [InlineData("培训（线上）")]
    [InlineData("残疾人康复服务人次（人）")]
    public void Other_text_is_left_as_read(string read) =>
        Assert.Equal(read, _snapper.Snap(read));
}
