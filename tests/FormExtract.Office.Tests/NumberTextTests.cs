using FormExtract.Office.Sheets;

namespace FormExtract.Office.Tests;

/// <summary>Excel's number format codes as the reader prints them.</summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData(3289878.2200000002, "#,##0.00", "3,289,878.22")]
    [InlineData(0.91900000000000004, "0.00%", "91.90%")]
    [InlineData(90.789999999999992, "General", "90.79")]
    [InlineData(0.30000000000000004, "General", "0.3")]
    [InlineData(2.5, "0", "3")]
    [InlineData(0.125, "0.00", "0.13")]
    [InlineData(1234567, "#,##0,", "1,235")]
    [InlineData(-12.5, "#,##0.00_);[Red](#,##0.00)", "(12.50)")]
    [InlineData(0, "0.00;-0.00;\"—\"", "—")]
    [InlineData(152.3, "[$¥-804]#,##0.00", "¥152.30")]
    [InlineData(45.6, "0.0\"分\"", "45.6分")]
    [InlineData(0.5, "# ?/?", "0.5")]
    [InlineData(44927, "yyyy\"年\"m\"月\"d\"日\"", "2023-01-01")]
    [InlineData(9.19, "@", "9.19")]
    public void A_number_is_printed_as_its_format_prints_it(double value, string code, string expected) =>
        Assert.Equal(expected, NumberText.Format(value, code));
}
