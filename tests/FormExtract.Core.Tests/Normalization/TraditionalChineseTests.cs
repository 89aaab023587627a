using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class TraditionalChineseTests
{
    [Theory]
    [InlineData("項目名稱", "项目名称")]
    [InlineData("項(xiàng)目名稱", "项目名称")]
    [InlineData("项目名称", "项目名称")]
    [InlineData("12.50", "12.50")]
    public void Reads_a_label_in_simplified_characters(string text, string simplified) => Assert.Equal(simplified, TraditionalChinese.Read(text));

    [Theory]
    [InlineData(4)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(200)]
    public void Finds_a_traditional_character_at_any_place_in_short_and_long_texts(int length)
    {
        // Short cells are looked at character by character, long ones by a vectorised search: both must agree.
        var simplified = new string('项', length);
        Assert.False(TraditionalChinese.HasTraditional(simplified));
        Assert.Equal(simplified, TraditionalChinese.ToSimplified(simplified));
        foreach (var at in new[] { 0, length / 2, length - 1 })
        {
            var text = simplified[..at] + "項" + simplified[(at + 1)..];
            Assert.True(TraditionalChinese.HasTraditional(text));
            Assert.Equal(simplified, TraditionalChinese.ToSimplified(text));
        }
    }
}
