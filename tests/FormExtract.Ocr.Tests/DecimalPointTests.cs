using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>Decimal points the recogniser drops at 150 dpi, put back from the ink, and marks that are no point.</summary>
public sealed class DecimalPointTests
{
    /// <summary>2.5 at 150 dpi, from the fixture below, as binarised ('#' ink): the point sits alone on the baseline in the gap between the digits.</summary>
    private static readonly string[] TwoPointFive =
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
    ];

    /// <summary>
    /// 43 on a degraded black-and-white 200 dpi page: the 4 lost its slant, and the tips of the 3's bowls broke off;
    /// the lower one lies on the baseline between the digits, but not alone.
    /// </summary>
    private static readonly string[] FortyThree =
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
    ];

    /// <summary>Figures as binarised, with what the recogniser read, and the figure with its point (null: none put back).</summary>
    public static TheoryData<string, string[], string?> Figures => new()
    {
        { "25", TwoPointFive, "2.5" },
        { "43", FortyThree, null },
        // The same figure with its point read is left as it is.
        { "2.5", TwoPointFive, null },
    };

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

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_point_is_a_lone_blob_on_the_baseline_in_a_gap_between_digits(string read, string[] pixels, string? expected)
    {
        var image = InkRows.Image(pixels);

        Assert.Equal(expected, DecimalPoint.Mend(image, new Box(0, 0, image.Width, image.Height), read));
    }
}
