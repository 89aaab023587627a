using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("项⽬名称", "项目名称")]
    [InlineData("⼈员", "人员")]
    [InlineData("部⻔", "部门")]
    [InlineData("⺠政", "民政")]
    [InlineData("⻓效管理", "长效管理")]
    [InlineData("意⻅", "意见")]
    [InlineData("覆盖⼾数", "覆盖户数")]
    [InlineData("部⾨", "部门")]
    [InlineData("\uF9D1", "六")]
    public void Maps_radicals_and_compatibility_ideographs(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("计划完 成率", "计划完成率")]
    [InlineData("年度 总体 目标", "年度总体目标")]
    [InlineData("  标准执行准确率  ", "标准执行准确率")]
    [InlineData("PDF file 2022", "PDF file 2022")]
    [InlineData("完成 90%", "完成 90%")]
    public void Removes_only_white_space_between_cjk(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Paragraph_markup_becomes_lines()
    {
        Assert.Equal("1、预算执行；\n2、产出情况。", TextNormalizer.Normalize("<p>1、预算执行；</p> <p>2、产出情况。</p>"));
        Assert.Equal("甲\n乙", TextNormalizer.Normalize("甲<br/>乙"));
        Assert.Equal("A & B", TextNormalizer.Normalize("<span>A &amp; B</span>"));
    }

    [Fact]
    public void Chinese_punctuation_stays() =>
        Assert.Equal("受疫情影响，当年未完成。", TextNormalizer.Normalize("受疫情影响，当年未完成。"));

    [Theory]
    [InlineData("当前制度为新建制度，暂无更新完善", "机制，今后", "当前制度为新建制度，暂无更新完善机制，今后")]
    [InlineData("plan not", "finished", "plan not finished")]
    [InlineData("", "完成", "完成")]
    // A PDF font names 人 and 至 by their Kangxi radicals (⼈, ⾄): still ideographs, joined without a space.
    [InlineData("授课，246", "⼈次参加本次培训", "授课，246⼈次参加本次培训")]
    [InlineData("2022年10⽉⾄", "2022年2⽉底", "2022年10⽉⾄2022年2⽉底")]
    public void Joins_fragments_cjk_without_space_latin_with_one(string first, string second, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinFragments(first, second));
}
