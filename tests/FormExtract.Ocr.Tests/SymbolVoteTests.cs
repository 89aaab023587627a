using FormExtract.Core.Model;

namespace FormExtract.Ocr.Tests;

/// <summary>The character-by-character vote of two readings, and the glyph read twice, on symbols as Tesseract gives them.</summary>
public sealed class SymbolVoteTests
{
    [Fact]
    public void Each_character_is_the_more_confident_of_the_two_readings()
    {
        var page = Reading(("技", 1.0), ("能", 0.99), ("塔", 0.30), ("训", 0.99));
        var scaled = Reading(("技", 1.0), ("能", 1.0), ("培", 0.95), ("训", 0.6));

        var merged = SymbolVote.Merge(page, scaled);

        Assert.Equal("技能培训", merged.Text);
        Assert.Equal(["技", "能", "培", "训"], merged.Symbols!.Select(s => s.Text));
    }

    [Fact]
    public void A_reading_that_does_not_line_up_stands_or_falls_whole_by_its_confidence()
    {
        var page = Reading(("技", 1.0), ("能", 0.99), ("塔", 0.30), ("训", 0.99)) with { Confidence = 0.82 };
        var shorter = Reading(("技", 1.0), ("训", 1.0)) with { Confidence = 0.7 };
        var surer = Reading(("技", 1.0), ("能", 1.0), ("培", 0.95), ("训", 0.99), ("班", 0.99)) with { Confidence = 0.98 };

        Assert.Equal("技能塔训", SymbolVote.Merge(page, shorter).Text);
        Assert.Equal("技能培训班", SymbolVote.Merge(page, surer).Text);
    }

    [Fact]
    public void A_figure_is_not_traded_for_an_ideograph()
    {
        // 三 against 5 is a different reading of the layout, not of one glyph; the figures engine decides figures.
        var page = Reading(("得", 1.0), ("分", 1.0), ("5", 0.4));
        var scaled = Reading(("得", 1.0), ("分", 1.0), ("三", 0.9));

        Assert.Equal("得分5", SymbolVote.Merge(page, scaled).Text);
    }

    [Fact]
    public void A_second_reading_with_nothing_in_it_leaves_the_first()
    {
        var page = Reading(("培", 0.5), ("训", 0.99));

        Assert.Equal(page, SymbolVote.Merge(page, OcrReading.Empty));
    }

    [Fact]
    public void Two_symbols_on_the_halves_of_one_glyph_are_one_glyph()
    {
        // As Tesseract placed them on the 部门名称 cell of the clean 300 dpi scan: glyphs about 40 px tall.
        var symbols = Placed(("上", 637, 658), ("上", 657, 681), ("海", 694, 726), ("市", 748, 796), ("残", 815, 857));

        var (text, kept) = RepeatedGlyphs.Collapse("上上海市残", symbols);

        Assert.Equal("上海市残", text);
        Assert.Equal(4, kept.Count);
    }

    [Fact]
    public void The_same_ideograph_printed_twice_stays_twice()
    {
        // 人人 side by side take two glyphs' room.
        var symbols = Placed(("人", 600, 640), ("人", 644, 684), ("参", 688, 728), ("与", 732, 772));

        Assert.Equal("人人参与", RepeatedGlyphs.Collapse("人人参与", symbols).Text);
    }

    [Fact]
    public void Symbols_that_do_not_spell_the_text_change_nothing()
    {
        var symbols = Placed(("上", 637, 658), ("上", 657, 681), ("海", 694, 726), ("市", 748, 796));

        Assert.Equal("下上海市", RepeatedGlyphs.Collapse("下上海市", symbols).Text);
    }

    private static OcrReading Reading(params (string Text, double Confidence)[] symbols) =>
        new(string.Concat(symbols.Select(s => s.Text)), symbols.Average(s => s.Confidence))
        {
            Symbols = [.. symbols.Select(s => new OcrSymbol(s.Text, s.Confidence, []))],
        };

    private static OcrSymbol[] Placed(params (string Text, int Left, int Right)[] symbols) =>
        [.. symbols.Select(s => new OcrSymbol(s.Text, 0.95, []) { Bounds = new Box(s.Left, 556, s.Right, 597) })];
}
