using FormExtract.Ocr.Tests.Support;

namespace FormExtract.Ocr.Tests;

/// <summary>Glyphs found on a binarised line as runs of inked columns, and ideographs as runs that fit in one's width.</summary>
public sealed class BinaryImageTests
{
    /// <summary>1, 1 and a point (the point's column apart from the digits'), then a 5 whose two strokes share a column.</summary>
    private static readonly string[] Line =
    [
        ".#...#.......####",
        "##..##.......#...",
        ".#...#.......###.",
        ".#...#..........#",
        ".#...#...#...###.",
    ];

    [Fact]
    public void A_line_holds_a_glyph_for_each_run_of_inked_columns()
    {
        var image = InkRows.Image(Line);

        Assert.Equal(4, image.Glyphs(0, 0, image.Width, image.Height));
        // Rows above the point leave its column blank.
        Assert.Equal(3, image.Glyphs(0, 0, image.Width, 3));
        Assert.Equal(0, image.Glyphs(6, 0, 9, image.Height));
    }

    [Fact]
    public void An_ideograph_of_two_parts_side_by_side_counts_once()
    {
        // 服 (月 and 艮, a blank column between) then 务 and 性 (忄 and 生 touching), glyphs six pixels tall and wide.
        string[] line =
        [
            "##.###..######.##.###",
            "##.#.#..#....#.######",
            "##.###..######.##..#.",
            "##.#....#....#.##.###",
            "##.###..######.##..#.",
            "#..#.#..#....#.##.###",
        ];
        var image = InkRows.Image(line);

        Assert.Equal(4, image.Glyphs(0, 0, image.Width, image.Height));
        Assert.Equal(3, image.Ideographs(0, 0, image.Width, image.Height, widest: 7));
        Assert.Equal(0, image.Ideographs(0, 0, image.Width, image.Height - 6, widest: 7));
    }

    [Fact]
    public void The_first_glyph_ends_at_a_blank_column()
    {
        var image = InkRows.Image(Line);

        Assert.Equal((0, 2), image.FirstGlyph(0, 0, image.Width, image.Height));
        Assert.Equal((4, 6), image.FirstGlyph(2, 0, image.Width, image.Height));
        // A run that reaches the region's edge has no end there.
        Assert.Null(image.FirstGlyph(13, 0, image.Width, image.Height));
        Assert.True(image.ColumnInked(9, 0, image.Height));
        Assert.False(image.ColumnInked(9, 0, 4));
    }
}
