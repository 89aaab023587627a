namespace FormExtract.Ocr.Tests;

/// <summary>The other readings of a figure that the sums may choose from.</summary>
public sealed class FigureAlternativesTests
{
    [Theory]
    [InlineData("28272", "282.72")]
    [InlineData("28272", "2827.2")]
    [InlineData("9500%", "95.00%")]
    [InlineData("7", "17")]
    [InlineData("1225", "12254")]
    [InlineData("1.5", "15")]
    [InlineData("117", "17")]
    [InlineData("96.34%", "196.34%")]
    [InlineData("96.34%", "96.4%")]
    [InlineData("2154.741050%", "2154.71050%")]
    public void A_scans_usual_slips_are_among_the_alternatives(string read, string printed)
    {
        Assert.Contains(printed, FigureAlternatives.Of(read, symbols: null));
    }

    [Theory]
    [InlineData("28272", "282.70")]
    [InlineData("110", "100")]
    [InlineData("7", "07")]
    [InlineData("12", "1.2.")]
    [InlineData("96.34%", "96.334%")]
    [InlineData("9.63", "9.631")]
    public void A_change_of_a_digit_or_a_malformed_figure_is_not(string read, string printed)
    {
        Assert.DoesNotContain(printed, FigureAlternatives.Of(read, symbols: null));
    }

    [Fact]
    public void The_figure_itself_and_text_are_never_alternatives()
    {
        Assert.DoesNotContain("28272", FigureAlternatives.Of("28272", symbols: null));
        Assert.Empty(FigureAlternatives.Of("提升", symbols: null));
        Assert.Empty(FigureAlternatives.Of(string.Empty, symbols: null));
    }

    [Fact]
    public void The_other_engines_reading_comes_first()
    {
        Assert.Equal("1225356", FigureAlternatives.Of("1225350", symbols: null, otherEngine: "1225356")[0]);
        Assert.DoesNotContain("汉0", FigureAlternatives.Of("10", symbols: null, otherEngine: "汉0"));
    }

    [Theory]
    [InlineData("7.9", "7.5", "7.5")]
    [InlineData("15", "1.5", "1.5")]
    [InlineData("1 5", "1.5", "1.5")]
    [InlineData("15", "15", null)]
    [InlineData("15", "1 5", null)]
    [InlineData("15", "汉5", null)]
    [InlineData("15", "1.5.", null)]
    [InlineData("97.15%", "97.15%4", null)]
    [InlineData("97.15%", "97.75%", "97.75%")]
    [InlineData("15", null, null)]
    [InlineData("提升", "15", null)]
    public void Another_engines_other_figure_disputes_the_reading(string read, string? otherEngine, string? disputed)
    {
        Assert.Equal(disputed, FigureAlternatives.Disputing(read, otherEngine));
    }

    [Fact]
    public void The_recognisers_runners_up_are_taken_only_where_it_hesitated()
    {
        OcrSymbol[] symbols =
        [
            new("1", 0.99, [new("1", 0.9), new("7", 0.01)]),
            new("0", 0.55, [new("0", 0.5), new("6", 0.3), new("8", 0.1)]),
        ];

        var alternatives = FigureAlternatives.Of("10", symbols);

        Assert.Equal(["16", "18"], alternatives.Take(2));
        Assert.DoesNotContain("70", alternatives);
    }
}
