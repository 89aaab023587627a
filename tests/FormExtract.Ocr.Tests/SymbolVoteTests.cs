using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;

namespace FormExtract.Ocr.Tests;

/// <summary>The character-by-character vote of two readings, and the ideographs read where no glyph of their own is printed, on symbols as Tesseract gives them.</summary>
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

        var (text, kept) = GhostGlyphs.Remove("上上海市残", symbols, page: null);

        Assert.Equal("上海市残", text);
        Assert.Equal(4, kept.Count);
    }

    [Fact]
    public void The_same_ideograph_printed_twice_stays_twice()
    {
        // 人人 side by side take two glyphs' room.
        var symbols = Placed(("人", 600, 640), ("人", 644, 684), ("参", 688, 728), ("与", 732, 772));

        Assert.Equal("人人参与", GhostGlyphs.Remove("人人参与", symbols, page: null).Text);
    }

    [Fact]
    public void An_ideograph_placed_on_a_speck_between_two_glyphs_goes()
    {
        // As Tesseract placed them on a name cell of a 200 dpi JPEG (服务完成及时人性), moved to the page's corner:
        // glyphs 23 px tall, and a 人 on 3 × 4 px of the dot of 性's 忄, the line's ink three glyphs.
        OcrSymbol[] symbols = [At("及", 0, 0, 22, 33), At("时", 21, 4, 36, 27), At("人", 39, 11, 42, 15), At("性", 47, 4, 62, 27)];
        var page = Page(64, 34, (1, 4, 20, 27), (23, 4, 36, 27), (39, 11, 42, 15), (41, 4, 62, 27));

        var (text, kept) = GhostGlyphs.Remove("及时人性", symbols, page);

        Assert.Equal("及时性", text);
        Assert.Equal(["及", "时", "性"], kept.Select(s => s.Text));
        Assert.Equal("及时人性", GhostGlyphs.Remove("及时人性", symbols, page: null).Text);
    }

    [Fact]
    public void A_printed_ideograph_placed_on_a_few_pixels_of_its_glyph_stays()
    {
        // As Tesseract placed them on a name cell of a photocopy (服务对象满意度), moved to the page's corner: 意 is
        // printed, but every box is a glyph off, 意's 6 × 6 px on a corner of the next glyph; the ink holds four glyphs.
        OcrSymbol[] symbols = [At("象", 0, 4, 42, 39), At("满", 60, 4, 93, 39), At("意", 87, 30, 93, 36), At("度", 108, 4, 131, 39)];
        var page = Page(140, 50, (2, 4, 20, 39), (24, 4, 58, 39), (62, 4, 93, 39), (97, 4, 131, 39));

        Assert.Equal("象满意度", GhostGlyphs.Remove("象满意度", symbols, page).Text);
    }

    [Fact]
    public void A_flat_or_narrow_ideograph_stays()
    {
        // 一 is inked over a glyph's width but few rows, 丨 over its height but few columns.
        OcrSymbol[] symbols = [At("第", 0, 0, 40, 41), At("一", 44, 18, 84, 23), At("丨", 102, 0, 106, 41), At("项", 132, 0, 172, 41)];
        var page = Page(180, 42, (0, 0, 40, 41), (44, 18, 84, 23), (102, 0, 106, 41), (132, 0, 172, 41));

        Assert.Equal("第一丨项", GhostGlyphs.Remove("第一丨项", symbols, page).Text);
    }

    [Fact]
    public void Symbols_that_do_not_spell_the_text_change_nothing()
    {
        var symbols = Placed(("上", 637, 658), ("上", 657, 681), ("海", 694, 726), ("市", 748, 796));

        Assert.Equal("下上海市", GhostGlyphs.Remove("下上海市", symbols, page: null).Text);
    }

    [Theory]
    [InlineData("试，和暂时无法证明安全性", "试，暂时无法证明安全性")]
    [InlineData("项目完成及时人性", "项目完成及时性")]
    [InlineData("公和条件，为市残联", "公条件， 为市残联")]
    [InlineData("记录有历史、保存和史料", "记录历史、保存史料")]
    public void A_reading_that_lacks_ideographs_of_another_and_nothing_else_is_told(string text, string other) =>
        Assert.True(GhostGlyphs.LacksOnlyIdeographs(text, other));

    [Theory]
    [InlineData("试，暂时无法证明安全性", "试，暂时无法证明安全性")]
    [InlineData("试，暂时无法证明安全性", "试，和暂时无法证明安全性")]
    [InlineData("执行率96.41%", "执行率96.4%")]
    [InlineData("尊重残疾人", "苯残疾人")]
    [InlineData("; 3、效果情况", "3、效果情况")]
    [InlineData("偏差原因分析", "")]
    public void A_reading_that_lacks_more_than_ideographs_or_none_is_not(string text, string other) =>
        Assert.False(GhostGlyphs.LacksOnlyIdeographs(text, other));

    private static OcrReading Reading(params (string Text, double Confidence)[] symbols) =>
        new(string.Concat(symbols.Select(s => s.Text)), symbols.Average(s => s.Confidence))
        {
            Symbols = [.. symbols.Select(s => new OcrSymbol(s.Text, s.Confidence, []))],
        };

    /// <summary>A page of <paramref name="width"/> × <paramref name="height"/> with the rectangles [x0, x1) × [y0, y1) inked.</summary>
    private static BinaryImage Page(int width, int height, params (int X0, int Y0, int X1, int Y1)[] inked) =>
        InkRows.Image([.. Enumerable.Range(0, height).Select(y => new string([.. Enumerable.Range(0, width)
            .Select(x => inked.Any(r => x >= r.X0 && x < r.X1 && y >= r.Y0 && y < r.Y1) ? '#' : '.')]))]);

    private static OcrSymbol At(string text, int left, int top, int right, int bottom) =>
        new(text, 0.95, []) { Bounds = new Box(left, top, right, bottom) };

    private static OcrSymbol[] Placed(params (string Text, int Left, int Right)[] symbols) =>
        [.. symbols.Select(s => new OcrSymbol(s.Text, 0.95, []) { Bounds = new Box(s.Left, 556, s.Right, 597) })];
}
