using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>Comparators told by their strokes, and a digit that looks like one.</summary>
public sealed class ComparatorGlyphTests
{
    /// <summary>A slanted ⩾ on a black-and-white 200 dpi page: a chevron, and its bar a piece of its own.</summary>
    private static readonly string[] SlantedAtLeast =
    [
        ".........#..............................",
        ".........####...........................",
        ".........######.........................",
        "...........#######......................",
        "..............######....................",
        ".................######.................",
        "...................######...............",
        ".....................######.............",
        "........................####............",
        "........................####............",
        "......................#####.............",
        "...................######...............",
        ".................######.................",
        "..............######....................",
        "............######........###...........",
        ".........######........######...........",
        ".........####........######.............",
        ".........#........######................",
        "................######..................",
        ".............######.....................",
        "...........######.......................",
        ".........#####..........................",
        ".........###............................",
    ];

    /// <summary>
    /// The 2 of 23次 on a degraded 150 dpi page: the threshold broke the tip off its arc, so it is a chevron and a
    /// second piece too, and was read as ≥ (≥3次).
    /// </summary>
    private static readonly string[] TwoWithBrokenArc =
    [
        ".......##....",
        "...###.###...",
        "..###...###..",
        "..##....###..",
        ".........##..",
        ".........##..",
        "........###..",
        "........###..",
        ".......###...",
        ".......##....",
        "......##.....",
        ".....##......",
        ".....#.......",
        "....##.......",
        "..#######....",
        "..##########.",
        "..##########.",
    ];

    /// <summary>A sans face's ≥ at 150 dpi (the fixture below, as binarised): the chevron's lower arm runs into the bar.</summary>
    private static readonly string[] TouchingAtLeast =
    [
        "#..........",
        "###........",
        "####.......",
        "..####.....",
        ".....###...",
        "......###..",
        ".....####..",
        "...#####...",
        ".####......",
        "###........",
        "#..........",
        "#########..",
        "##########.",
    ];

    /// <summary>The same face's ≥ on a degraded 150 dpi page: the chevron's arms thicker, a speck hanging under the bar.</summary>
    private static readonly string[] DegradedTouchingAtLeast =
    [
        ".###........",
        "..####......",
        "....#####...",
        "......####..",
        ".......####.",
        "......####..",
        "....#####...",
        "..#####.....",
        "..###.......",
        "..##........",
        "..########..",
        "..#########.",
        "...##.......",
    ];

    [Fact]
    public void A_bar_the_chevron_touches_is_still_its_bar_and_a_chevron_alone_is_none()
    {
        Assert.Equal("≥", Of(InkRows.Image(TouchingAtLeast), allowChevron: false, ComparatorGlyph.SureBar));
        Assert.Equal("≥", Of(InkRows.Image(DegradedTouchingAtLeast), allowChevron: false, ComparatorGlyph.SureBar));
        Assert.Equal("≤", Of(InkRows.Image([.. TouchingAtLeast.Select(r => new string([.. r.Reverse()]))]), allowChevron: false));

        var chevron = InkRows.Image(TouchingAtLeast[..^2]);
        Assert.Equal(">", Of(chevron, allowChevron: true));
        Assert.Null(Of(chevron, allowChevron: false));
    }

    [Fact]
    public void A_chevron_with_its_bar_is_at_least_by_any_share_of_the_bar()
    {
        var image = InkRows.Image(SlantedAtLeast);

        Assert.Equal("≥", Of(image, allowChevron: true));
        Assert.Equal("≥", Of(image, allowChevron: false, ComparatorGlyph.SureBar));
    }

    [Fact]
    public void A_two_with_a_tip_broken_off_is_no_comparator_once_its_bar_must_be_a_good_share_of_the_ink()
    {
        var image = InkRows.Image(TwoWithBrokenArc);

        // As any glyph is weighed, the tip counts as a stroke: this is why a digit read there asks for more.
        Assert.Equal("≥", Of(image, allowChevron: true));
        Assert.Null(Of(image, allowChevron: false, ComparatorGlyph.SureBar));
    }

    /// <summary>═ as a sans face prints it at 300 dpi: two hairlines, five rows in all.</summary>
    private static readonly string[] FlatEquals =
    [
        "############################################",
        "############################################",
        "............................................",
        "############################################",
        "############################################",
    ];

    /// <summary>A dash: one bar, which a comparator cell may hold for "none".</summary>
    private static readonly string[] Dash =
    [
        "############################################",
        "############################################",
        "############################################",
    ];

    [Fact]
    public void Two_hairlines_are_an_equals_sign_and_one_bar_is_no_comparator()
    {
        Assert.Equal("=", Of(InkRows.Image(FlatEquals), allowChevron: false));
        Assert.Null(Of(InkRows.Image(Dash), allowChevron: true));
    }

    /// <summary>
    /// Targets printed in a sans face (WenQuanYi Micro Hei) on a clean 150 dpi JPEG (Fixtures/clean-150-microhei-targets.png:
    /// the cells and their neighbours cut from a generated scan, `generate --kind coarse --forms 12 --seed 405 --layout
    /// goal-self-evaluation`, the ninth file). The face sets its ≥'s bar close under a short chevron.
    /// </summary>
    [Theory]
    [InlineData(131, 136, 237, 192, "≥80%")]
    [InlineData(131, 192, 237, 248, "≥95%")]
    public void A_sans_faces_at_least_keeps_its_bar(double x0, double y0, double x1, double y1, string expected)
    {
        var file = Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "clean-150-microhei-targets.png");

        Assert.Equal(expected, OneCell.Read(file, new Box(x0, y0, x1, y1), CellKind.Measure));
    }

    /// <summary>The glyph weighed as the cell reader gives it: from its first column of ink to its last.</summary>
    private static string? Of(BinaryImage image, bool allowChevron, double? barShare = null)
    {
        var ink = image.Ink(0, 0, image.Width, image.Height);
        return barShare is { } share
            ? ComparatorGlyph.Of(image, ink.Left, ink.Right, 0, image.Height, allowChevron, share)
            : ComparatorGlyph.Of(image, ink.Left, ink.Right, 0, image.Height, allowChevron);
    }
}
