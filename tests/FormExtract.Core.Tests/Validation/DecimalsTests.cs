using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Validation;

public sealed class DecimalsTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.025", "0.03")]
    [InlineData("9.645", "9.65")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.0049999", "0")]
    public void Round2_rounds_half_away_from_zero(string value, string rounded)
    {
        Assert.Equal(decimal.Parse(rounded, System.Globalization.CultureInfo.InvariantCulture), Decimals.Round2(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0.918966, "91.90%")]
    [InlineData(1, "100.00%")]
    [InlineData(0.60369, "60.37%")]
    public void Percent_prints_two_decimals(double fraction, string text)
    {
        Assert.Equal(text, Decimals.Percent((decimal)fraction));
    }

    [Fact]
    public void Format_drops_trailing_zeros()
    {
        Assert.Equal("1943200", Decimals.Format(1943200.00m));
        Assert.Equal("9.5", Decimals.Format(9.50m));
        Assert.Equal("0", Decimals.Format(0.00m));
    }

    [Fact]
    public void Differ_allows_one_hundredth()
    {
        Assert.False(Decimals.Differ(10.01m, 10m));
        Assert.True(Decimals.Differ(10.011m, 10m));
        Assert.True(Decimals.Differ(9.98m, 10m));
    }
}
