using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class MeasureParserTests
{
    public static TheoryData<string, string?, string?, string?, string?> Measures => new()
    {
        // text, comparator, number, unit, qualitative
        { ">=3000人次", ">=", "3000", "人次", null },
        { "≥3000人次", ">=", "3000", "人次", null },
        { "5.2万人次", null, "52000", "人次", null },
        { "=0次", "=", "0", "次", null },
        { "及时", null, null, null, "及时" },
        { "≥90%", ">=", "90", "%", null },
        { "≤5万元", "<=", "5", "万元", null },
        { "5万元", null, "5", "万元", null },
        { "=100%", "=", "100", "%", null },
        { "100％", null, "100", "%", null },
        { "＞＝95%", ">=", "95", "%", null },
        { "≧80百分比", ">=", "80", "%", null },
        { "< 3 天", "<", "3", "天", null },
        { "90%以上", ">=", "90", "%", null },
        { "不低于 85%", ">=", "85", "%", null },
        { "3,000人次", null, "3000", "人次", null },
        { "１２０ 户", null, "120", "户", null },
        { "90", null, "90", null, null },
        { "云助残平台安全性未知", null, null, null, "云助残平台安全性未知" },
        { "完成90%", null, null, null, "完成90%" },
        // A point with no digit after it: a figure that lost its decimals on a scan (3.1万人次), not 3万人次.
        { "3 .万人次", null, null, null, "3 .万人次" },
        { "3.万人次", null, null, null, "3.万人次" },
    };

    [Theory]
    [MemberData(nameof(Measures))]
    public void Reads_comparator_number_unit_or_word(string text, string? comparator, string? number, string? unit, string? qualitative)
    {
        var measure = MeasureParser.Parse(text);

        Assert.Equal(new Measure(comparator, number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), unit, qualitative), measure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_no_measure(string text) => Assert.Null(MeasureParser.Parse(text));

    [Fact]
    public void Ten_thousand_scales_people_but_not_yuan()
    {
        Assert.Equal(52000m, MeasureParser.Parse("5.2万人")!.Number);
        Assert.Equal(5.2m, MeasureParser.Parse("5.2万元")!.Number);
    }
}
