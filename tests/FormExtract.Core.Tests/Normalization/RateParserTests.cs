using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class RateParserTests
{
    [Theory]
    [InlineData("91.90%", "0.919")]
    [InlineData("100%", "1")]
    [InlineData("100.00%", "1")]
    [InlineData("42.27％", "0.4227")]
    [InlineData("96.41", "0.9641")]
    [InlineData("0.85", "0.85")]
    public void Reads_rates_as_fractions(string text, string expected) =>
        Assert.Equal(expected, RateParser.Parse(text)!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_dash_is_no_rate() => Assert.Null(RateParser.Parse("—"));
}
