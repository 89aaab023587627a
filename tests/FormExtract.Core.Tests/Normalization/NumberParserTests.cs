using FormExtract.Core.Normalization;

namespace FormExtract.Core.Tests.Normalization;

public class NumberParserTests
{
    [Theory]
    [InlineData("3,289,878.22", "3289878.22")]
    [InlineData("1943200.00", "1943200")]
    [InlineData("１２３．５", "123.5")]
    [InlineData(" 10 ", "10")]
    [InlineData("-4.5", "-4.5")]
    [InlineData("0", "0")]
    public void Reads_exact_decimals(string text, string expected)
    {
        var parsed = NumberParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(parsed.Value.HadFloatNoise);
    }

    [Theory]
    [InlineData("90.78999999999999", "90.79")]
    [InlineData("95.63000000000001", "95.63")]
    [InlineData("0.30000000000000004", "0.3")]
    public void Removes_binary_floating_point_noise(string text, string expected)
    {
        var parsed = NumberParser.Parse(text)!.Value;

        Assert.Equal(expected, parsed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(parsed.HadFloatNoise);
        Assert.True(NumberParser.HasFloatNoise(text));
    }

    [Theory]
    [InlineData("1.23456")]
    [InlineData("2.50000")]
    [InlineData("90.79")]
    public void Keeps_real_precision(string text)
    {
        var parsed = NumberParser.Parse(text)!.Value;

        Assert.False(parsed.HadFloatNoise);
        Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("10分值")]
    [InlineData("1,23")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void Rejects_what_is_not_a_plain_number(string text) => Assert.Null(NumberParser.Parse(text));

    [Fact]
    public void Canonical_form_drops_trailing_zeros_only()
    {
        Assert.Equal("1943200", NumberParser.Canonical(1943200.00m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.919", NumberParser.Canonical(0.9190m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,943,200.00", "1943200")]
    [InlineData("0.9190", "0.919")]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.0", "0")]
    [InlineData("100", "100")]
    [InlineData("90.78999999999999", "90.79")]
    [InlineData("3.10", "3.1")]
    public void Parsed_figures_are_canonical_whatever_was_printed(string text, string canonical)
    {
        // Canonical: the value prints without trailing zeros, so equal figures serialise alike.
        var parsed = NumberParser.FromDigits(text);
        Assert.NotNull(parsed);
        Assert.Equal(canonical, parsed.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
