using FormExtract.Core.Confidence;

namespace FormExtract.Ocr.Tests;

/// <summary>An ideograph read for its look-alike is put back only where the language asks for it, with the bundled dictionary.</summary>
public sealed class LookAlikeIdeographsTests
{
    [Theory]
    [InlineData("扩大服务履盖面，使市民受益", "扩大服务覆盖面，使市民受益")]
    [InlineData("养老护理员培训履盖户数", "养老护理员培训覆盖户数")]
    [InlineData("数据分析帮盖户数", "数据分析覆盖户数")]
    [InlineData("空气质最监测", "空气质量监测")]
    [InlineData("持续做好热法检查", "持续做好执法检查")]
    [InlineData("部分畏助器具", "部分辅助器具")]
    // Words of the look-alike as read stand: 最终, 帮助, 热情.
    [InlineData("最终完成", "最终完成")]
    [InlineData("帮助残疾人", "帮助残疾人")]
    [InlineData("服务热情周到", "服务热情周到")]
    // The look-alike that makes a word as read stays: 履行 and 履约 are words.
    [InlineData("认真履行职责", "认真履行职责")]
    [InlineData("按时履约", "按时履约")]
    // Where neither makes a word (履职 is missing from the dictionary, and 覆职 is none), the reading stands.
    [InlineData("进一步提高履职能力", "进一步提高履职能力")]
    [InlineData("张履", "张履")]
    public void A_look_alike_is_put_back_where_only_the_printed_ideograph_makes_a_word(string read, string mended) =>
        Assert.Equal(mended, LookAlikeIdeographs.Mend(read, ChineseWords.Default));

    [Fact]
    public void Text_without_a_look_alike_is_returned_as_it_came()
    {
        const string text = "项目本年度执行数20858485.90元，执行率96.67%；";
        Assert.Same(text, LookAlikeIdeographs.Mend(text, ChineseWords.Default));
    }

    [Fact]
    public void The_repair_of_a_read_cell_mends_look_alikes_after_its_marks() =>
        Assert.Equal("2、产出情况：扩大服务覆盖面", OcrTextRepair.Repair("2、产出情况; 扩大服务履盖面"));
}
