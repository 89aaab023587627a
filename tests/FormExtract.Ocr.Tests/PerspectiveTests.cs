using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Squaring a keystoned table on drawn pictures: the frame's corners are found where they are drawn, a
/// keystoned page is warped so that its corners make a rectangle, and a square one is left alone.
/// </summary>
public sealed class PerspectiveTests
{
    private const double Dpi = 300;

    private static readonly (double X, double Y)[] Keystoned = [(230, 320), (2250, 290), (2290, 1330), (190, 1290)];

    /// <summary>How far (pixels) a broken rule's end stands past the frame: the 36 px of a 150 dpi scan, at 300 dpi.</summary>
    private const int Overshoot = 72;

    private static readonly (double X, double Y)[] Square = [(200, 300), (2280, 300), (2280, 1300), (200, 1300)];

    [Fact]
    public void The_corners_of_a_keystoned_frame_are_found_where_they_are_drawn()
    {
        using var page = Table(Keystoned);
        var corners = PerspectiveCorrector.Corners(Binary(page), Dpi, OcrOptions.Default);

        Assert.NotNull(corners);
        Assert.All(corners.Zip(Keystoned), c => Assert.True(Distance(c.First, c.Second) <= 4, $"{c.First} found for {c.Second}"));
    }

    [Fact]
    public void A_keystoned_page_is_warped_until_its_frame_is_a_rectangle()
    {
        using var page = Table(Keystoned);
        using var gray = Leptonica.ConvertTo8(page)!;

        var (warped, shift, _) = PerspectiveCorrector.Straighten(gray, Binary(page), Dpi, OcrOptions.Default);

        Assert.NotNull(warped);
        Assert.True(shift > 15, $"shift {shift}");
        using (warped)
        {
            using var binary = Leptonica.Threshold(warped, 128)!;
            var corners = PerspectiveCorrector.Corners(Binary(binary), Dpi, OcrOptions.Default)!;
            // Left corners share an x, top corners a y, and so on, within the rules' width and the interpolation.
            Assert.True(Math.Abs(corners[0].X - corners[3].X) <= 4 && Math.Abs(corners[1].X - corners[2].X) <= 4, string.Join(" ", corners));
            Assert.True(Math.Abs(corners[0].Y - corners[1].Y) <= 4 && Math.Abs(corners[2].Y - corners[3].Y) <= 4, string.Join(" ", corners));
        }
    }

    [Fact]
    public void A_square_page_is_left_as_it_is()
    {
        using var page = Table(Square);
        using var gray = Leptonica.ConvertTo8(page)!;

        var (warped, shift, _) = PerspectiveCorrector.Straighten(gray, Binary(page), Dpi, OcrOptions.Default);

        Assert.Null(warped);
        Assert.True(shift < 2, $"shift {shift}");
    }

    [Fact]
    public void A_keystoned_pages_warp_keeps_its_rules()
    {
        using var page = Table(Keystoned);
        using var gray = Leptonica.ConvertTo8(page)!;

        var (warped, _, ruleLength) = PerspectiveCorrector.Straighten(gray, Binary(page), Dpi, OcrOptions.Default);

        using (warped)
        {
            using var binary = Leptonica.Threshold(warped!, 128)!;
            Assert.True(PerspectiveCorrector.KeepsRules(ruleLength, Binary(binary), Dpi, OcrOptions.Default));
        }
    }

    /// <summary>
    /// A square table whose top rule runs on past its right side, as a rule broken at a low resolution ends
    /// off the frame: that end is taken for the frame's corner and the warp it asks for would tilt the right
    /// side's rules, so the warp is refused.
    /// </summary>
    [Fact]
    public void A_warp_to_a_corner_found_off_the_frame_is_refused()
    {
        using var page = Table(Square);
        Leptonica.DrawLine(page, 2280, 300, 2280 + Overshoot, 300, 3);
        using var gray = Leptonica.ConvertTo8(page)!;

        var (warped, shift, ruleLength) = PerspectiveCorrector.Straighten(gray, Binary(page), Dpi, OcrOptions.Default);

        Assert.NotNull(warped);
        Assert.True(shift >= Overshoot / 2 - 2, $"shift {shift}");
        using (warped)
        {
            using var binary = Leptonica.Threshold(warped, 128)!;
            Assert.False(PerspectiveCorrector.KeepsRules(ruleLength, Binary(binary), Dpi, OcrOptions.Default));
        }
    }

    /// <summary>A 3×3 table whose outer corners are the four points given, its inner rules spread evenly between them.</summary>
    private static PixHandle Table((double X, double Y)[] c)
    {
        var pix = Leptonica.CreateBinary(2480, 1600);
        static (double X, double Y) Along((double X, double Y) a, (double X, double Y) b, double t) => (a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
        foreach (var t in new[] { 0, 1 / 3.0, 2 / 3.0, 1 })
        {
            var (left, right) = (Along(c[0], c[3], t), Along(c[1], c[2], t));
            Leptonica.DrawLine(pix, (int)left.X, (int)left.Y, (int)right.X, (int)right.Y, 3);
            var (top, bottom) = (Along(c[0], c[1], t), Along(c[3], c[2], t));
            Leptonica.DrawLine(pix, (int)top.X, (int)top.Y, (int)bottom.X, (int)bottom.Y, 3);
        }

        return pix;
    }

    private static BinaryImage Binary(PixHandle binary)
    {
        var (width, height, _) = Leptonica.Dimensions(binary);
        return new BinaryImage(Leptonica.CopyWords(binary, out var wordsPerLine), wordsPerLine, width, height);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
}
