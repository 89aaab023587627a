using FormExtract.Ocr.Tests.Support;

namespace FormExtract.Ocr.Tests;

/// <summary>The ★ before a core indicator's name told by its shape, as pixel rows dumped from prepared pages.</summary>
public sealed class StarMarkTests
{
    /// <summary>A ★ on a 150 dpi JPEG: its point a pixel wide at the top, and one leg a lone pixel in its last row.</summary>
    private static readonly string[] StarAt150 =
    [
        "........#........",
        "........#........",
        ".......###.......",
        ".......###.......",
        ".......###.......",
        "......#####......",
        "#################",
        ".##############..",
        "...###########...",
        "....########.....",
        ".....#######.....",
        "....########.....",
        "....#########....",
        "....###...###....",
        "...###.....##....",
        "...#........##...",
    ];

    /// <summary>A ★ on a black-and-white 200 dpi page: fat legs that reach the glyph's middle, the right one a lone pixel at the bottom.</summary>
    private static readonly string[] StarInBlackAndWhite =
    [
        ".........###........",
        ".........###........",
        "........#####.......",
        "........#####.......",
        "........#####.......",
        ".......#######......",
        ".##############.....",
        "####################",
        "####################",
        ".##################.",
        "...###############..",
        "....############....",
        ".....###########....",
        ".....###########....",
        ".....###########....",
        "....############....",
        "....#############...",
        "....#####...#####...",
        "...####.......###...",
        "....##.........#....",
    ];

    /// <summary>大 on the same 150 dpi page: a point, arms and two legs too, but thin strokes that part right under the arms.</summary>
    private static readonly string[] BigAt150 =
    [
        "........#........",
        ".......##........",
        ".......##........",
        ".......##........",
        ".......##........",
        ".......##.....###",
        ".###############.",
        ".......##........",
        ".......#.#.......",
        "......##.#.......",
        "......##..#......",
        ".....##...#......",
        ".....##...##.....",
        "....##.....##....",
        "...##.......###..",
        "..##.........###.",
        "##............###",
    ];

    [Theory]
    [InlineData(nameof(StarAt150))]
    [InlineData(nameof(StarInBlackAndWhite))]
    public void A_star_at_a_coarse_resolution_is_told_by_its_shape(string name)
    {
        var rows = Rows(name);

        // The glyph's end is where paper follows it: the name's next character starts after a gap.
        Assert.Equal(rows[0].Length, Leading(rows));
    }

    [Fact]
    public void Big_is_no_star() => Assert.Null(Leading(BigAt150));

    private static int? Leading(string[] glyph)
    {
        var line = glyph.Select(r => r + "...").ToArray();
        return new StarMark(InkRows.Image(line)).Leading(0, 0, line[0].Length, line.Length);
    }

    private static string[] Rows(string name) => name switch
    {
        nameof(StarAt150) => StarAt150,
        nameof(StarInBlackAndWhite) => StarInBlackAndWhite,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
