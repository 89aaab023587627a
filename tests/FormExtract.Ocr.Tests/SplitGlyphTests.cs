namespace FormExtract.Ocr.Tests;

/// <summary>
/// The bands of ink a wrapped cell is cut into, one per line: a glyph drawn in two parts one over the other (宀
/// over 元 in 完) alone on a line leaves a gap across it, and its two bands are one line, while lines of text,
/// set further apart, stay lines.
/// </summary>
public class SplitGlyphTests
{
    [Fact]
    public void Two_bands_no_taller_together_than_a_line_are_one_line()
    {
        // Lines 46 px tall, 16 px apart; the fourth line is 完, cut into 宀 (17 px) and 元 (25 px) 4 px apart.
        List<(int, int)> bands = [(0, 46), (62, 108), (124, 170), (186, 203), (207, 232), (248, 294)];

        var lines = CellReader.JoinSplitGlyphs(bands);

        Assert.Equal([(0, 46), (62, 108), (124, 170), (186, 232), (248, 294)], lines);
    }

    [Fact]
    public void Lines_of_text_stay_apart()
    {
        List<(int, int)> bands = [(0, 46), (62, 108), (124, 170), (186, 232)];

        Assert.Equal(bands, CellReader.JoinSplitGlyphs(bands));
    }

    [Fact]
    public void Two_short_lines_set_a_line_apart_are_not_joined()
    {
        // Two one-line figures (short ink: 0.5) set with a line's room between them are two lines.
        List<(int, int)> bands = [(0, 46), (62, 108), (124, 150), (190, 216)];

        Assert.Equal(bands, CellReader.JoinSplitGlyphs(bands));
    }
}
