using FormExtract.Ocr.Tests.Support;

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

    /// <summary>The glyph weighed as the cell reader gives it: from its first column of ink to its last.</summary>
    private static string? Of(BinaryImage image, bool allowChevron, double? barShare = null)
    {
        var ink = image.Ink(0, 0, image.Width, image.Height);
        return barShare is { } share
            ? ComparatorGlyph.Of(image, ink.Left, ink.Right, 0, image.Height, allowChevron, share)
            : ComparatorGlyph.Of(image, ink.Left, ink.Right, 0, image.Height, allowChevron);
    }
}
