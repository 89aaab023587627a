namespace FormExtract.Ocr.Tests;

/// <summary>A measure's unit put back into the template's vocabulary only where the page's readings support it.</summary>
public sealed class UnitSnapperTests
{
    private static readonly UnitSnapper Units = new(OcrOptions.Default.Vocabulary);

    [Fact]
    public void A_unit_outside_the_vocabulary_takes_the_one_unit_the_model_weighed_there()
    {
        OcrSymbol[] symbols =
        [
            new("=", 0.99, [new("=", 0.9)]),
            new("0", 0.98, [new("0", 0.9)]),
            new("座", 0.6, [new("座", 0.5), new("次", 0.01), new("庄", 0.01)]),
        ];

        Assert.Equal("=0次", Units.Snap("=0座", symbols));
    }

    [Fact]
    public void A_unit_the_model_saw_no_vocabulary_unit_in_stays_as_read()
    {
        OcrSymbol[] symbols = [new("5", 0.99, [new("5", 0.9)]), new("座", 0.97, [new("座", 0.9), new("庄", 0.01)])];

        Assert.Equal("5座", Units.Snap("5座", symbols));
        Assert.Equal("5座", Units.Snap("5座", symbols: null));
    }

    [Fact]
    public void Units_of_the_vocabulary_and_words_are_left_alone()
    {
        OcrSymbol[] symbols = [new("1", 0.99, []), new("2", 0.99, []), new("次", 0.5, [new("次", 0.5), new("个", 0.3)])];

        Assert.Equal("12次", Units.Snap("12次", symbols));
        Assert.Equal("及时", Units.Snap("及时", symbols));
    }

    [Fact]
    public void Two_vocabulary_units_among_the_runners_up_leave_the_reading()
    {
        OcrSymbol[] symbols = [new("3", 0.99, []), new("恢", 0.5, [new("恢", 0.4), new("人", 0.1), new("场", 0.1)]), new("次", 0.9, [new("次", 0.9)])];

        Assert.Equal("3恢次", Units.Snap("3恢次", symbols));
    }

    [Theory]
    [InlineData("=0座", "=0次", "=0次")]
    [InlineData("=0座", "=8次", "=0座")]
    [InlineData("=0座", "=0庄", "=0座")]
    [InlineData("=12次", "=12个", "=12次")]
    [InlineData("100上%%", "=100%", "100%")]
    [InlineData("100上%%", "=10%", "100上%%")]
    [InlineData("95%", "=95次", "95%")]
    public void The_cell_read_whole_lends_its_unit_when_it_read_the_same_figure(string cut, string whole, string expected)
    {
        Assert.Equal(expected, Units.Prefer(cut, whole));
    }

    [Fact]
    public void A_row_whose_two_misread_units_leave_one_vocabulary_unit_takes_it_in_both()
    {
        // 恢次 could be 人次 or 场次, 万人侈 only 万人次: the row counts 人次, the actual value in ten thousands.
        Assert.Equal(["≥3000人次", "3.5万人次"], Units.Agree(["≥3000恢次", "3.5万人侈"]));
    }

    [Fact]
    public void A_misread_unit_takes_the_unit_its_row_partner_reads_right()
    {
        Assert.Equal(["=0次", "0次"], Units.Agree(["=0座", "0次"]));
        Assert.Equal(["≥95%", "96%"], Units.Agree(["≥95%", "96%"]));
        Assert.Equal([">=90%", ">=90%"], Units.Agree([">=90%", ">=90的"]));
        Assert.Equal(["=100%", "42.47%"], Units.Agree(["=100%", "42.47员"]));
    }

    [Fact]
    public void A_row_that_names_its_own_unit_or_leaves_several_keeps_what_was_read()
    {
        Assert.Equal(["≥5座", "6座"], Units.Agree(["≥5座", "6座"]));
        Assert.Equal(["≥10恢次", "提升"], Units.Agree(["≥10恢次", "提升"]));
        Assert.Equal(["≥10个", "12项"], Units.Agree(["≥10个", "12项"]));
        Assert.Equal(["≥90%", "12人次"], Units.Agree(["≥90%", "12人次"]));
    }
}
