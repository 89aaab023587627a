using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class LabelKeyTests
{
    [Theory]
    [InlineData("年度资金总额", "年度资金总额")]
    [InlineData("项目名称：", "项目名称")]
    [InlineData("执行率（B/A）", "执行率(B/A)")]
    [InlineData("项 目 名 称", "项目名称")]
    [InlineData("項(xiàng)目名稱", "项目名称")]
    [InlineData("分值（１０分）", "分值(10分)")]
    [InlineData("执行率（１００．００％）", "执行率(100.00%)")]
    public void Folds_a_label_to_the_key_the_layouts_words_have(string text, string key) => Assert.Equal(key, LabelKey.Of(text));

    [Theory]
    [InlineData("年度资金总额120.00", 12)]
    [InlineData("项目名称：某项目", 4)]
    [InlineData("执行率（B/A）", 3)]
    [InlineData("项目 名称", 2)]
    [InlineData("項目", 0)]
    [InlineData("分值(10分)", 2)]
    [InlineData("分值１０", 2)]
    [InlineData("", 0)]
    public void Plain_length_stops_at_the_first_character_a_key_would_change(string text, int plain) =>
        Assert.Equal(plain, LabelKey.PlainLength(text));

    [Theory]
    [InlineData("年度资金总额120.00")]
    [InlineData("项目名称：某项目")]
    [InlineData("執行率（B/A）得分")]
    [InlineData("产出指标 数量指标")]
    public void A_plain_run_is_its_own_key(string text)
    {
        // Readers look plain pieces up as they stand: every prefix of the plain run must equal its key.
        var plain = LabelKey.PlainLength(text);
        for (var length = 1; length <= plain; length++)
        {
            Assert.Equal(text[..length], LabelKey.Of(text[..length]));
        }
    }
}
