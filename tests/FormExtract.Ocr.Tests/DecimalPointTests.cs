using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>Decimal points the recogniser drops at 150 dpi, put back from the ink, and marks that are no point.</summary>
public sealed class DecimalPointTests
{
    /// <summary>
    /// 得分 2.5 on a clean 150 dpi JPEG (Fixtures/clean-150-score-2.5.png: the cell and its neighbours cut from a
    /// generated scan, `generate --kind coarse --seed 79 --layout project-pre2020-scoring-method`). Both engines
    /// read 25, the figure engine at 0.93; the point is three pixels on the baseline between the digits.
    /// </summary>
    [Fact]
    public void A_point_the_recogniser_dropped_at_150_dpi_is_put_back_from_the_ink()
    {
        var file = Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "clean-150-score-2.5.png");

        Assert.Equal("2.5", OneCell.Read(file, new Box(219, 32, 406, 760), CellKind.Number));
    }

    /// <summary>Figures as binarised, one row of pixels a line ('#' ink), with what the recogniser read.</summary>
    public static TheoryData<string, string[], string?> Figures => new()
    {
        {
            // 2.5 at 150 dpi, from the fixture above: the point sits alone on the baseline in the gap between the digits.
            "25",
            [
                "...######.............#########...",
                "..##...###............#########...",
                "..##....##.............#..........",
                "..#.....###...........##..........",
                "........##............#...........",
                "........##............#...........",
                "........##............#.###.......",
                ".......##.............#######.....",
                "......###...................##....",
                "......#.....................###...",
                ".....##......................##...",
                "....##.......................##...",
                "...##.......................###...",
                "..##.................##.....##....",
                ".##########....###...##.....##....",
                ".##########....###....#######.....",
                ".........................#........",
            ],
            "2.5"
        },
        {
            // 43 on a degraded black-and-white 200 dpi page: the 4 lost its slant, and the tips of the 3's bowls
            // broke off; the lower one lies on the baseline between the digits, but not alone.
            "43",
            [
                ".........................##.........",
                ".........###.......##....###........",
                ".........####......###...####.......",
                "........#####.....###.....###.......",
                "........#####......##.....####......",
                ".........####.............####......",
                ".........####.............####......",
                ".........####.............####......",
                ".........####............####.......",
                ".........####..........######.......",
                ".........####.........######........",
                ".........####.........######........",
                ".........####...........#####.......",
                ".##......####.............####......",
                ".#############.............###......",
                ".#############.............####.....",
                "..############.............####.....",
                ".........####..............####.....",
                ".........####.....##......####......",
                ".........####.....##......####......",
                ".........####.....###....####.......",
                "..........##.............###........",
                ".........................#..........",
            ],
            null
        },
        {
            // The same figure with its point read is left as it is.
            "2.5",
            [
                "...######.............#########...",
                "..##...###............#########...",
                "..##....##.............#..........",
                "..#.....###...........##..........",
                "........##............#...........",
                "........##............#...........",
                "........##............#.###.......",
                ".......##.............#######.....",
                "......###...................##....",
                "......#.....................###...",
                ".....##......................##...",
                "....##.......................##...",
                "...##.......................###...",
                "..##.................##.....##....",
                ".##########....###...##.....##....",
                ".##########....###....#######.....",
                ".........................#........",
            ],
            null
        },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_point_is_a_lone_blob_on_the_baseline_in_a_gap_between_digits(string read, string[] pixels, string? expected)
    {
        var image = InkRows.Image(pixels);

        Assert.Equal(expected, DecimalPoint.Mend(image, new Box(0, 0, image.Width, image.Height), read));
    }
}
