using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// Puts back a decimal point the recogniser dropped. At 150 dpi a point is two or three pixels across and the
/// model reads 2.5 as 25 with near certainty, though the binarised page still holds the point: a small blob
/// on the digits' baseline in the gap between two of them. Where the ink shows exactly one such blob, and
/// the digits left of it are one glyph each, the point goes back after as many digits as stand left of it.
/// </summary>
internal static class DecimalPoint
{
    /// <summary>A glyph at least this share of the tallest is a digit (or the slash of a %), not a mark.</summary>
    private const double DigitHeight = 0.6;

    /// <summary>A point is at most this share of the digits' height across, either way, and at least <see cref="SmallestPoint"/>.</summary>
    private const double LargestPoint = 0.3;

    private const double SmallestPoint = 0.08;

    /// <summary>A point sits on the baseline: its bottom within this share of the digits' height of it (a comma reaches further down).</summary>
    private const double OnBaseline = 0.12;

    /// <summary>
    /// A point takes its own room: the digits either side of it stand at least this share of their height apart
    /// (in a set figure they are a tenth apart, with a point a third or more). A piece of a broken stroke, such
    /// as the foot of a 4 on a black-and-white page, lies in no such gap.
    /// </summary>
    private const double PointGap = 0.25;

    /// <summary>One digit is at most this share of its height wide; a wider glyph is two digits run together.</summary>
    private const double OneDigitWidth = 0.85;

    /// <summary>
    /// <paramref name="figure"/> with the point the ink inside <paramref name="region"/> shows, or null where the
    /// figure has a point (or a comma) already, or the ink shows none, or not one the digits place surely.
    /// </summary>
    public static string? Mend(BinaryImage image, Box region, string figure)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(figure);
        var digits = figure.Count(char.IsAsciiDigit);
        if (digits < 2 || figure.Any(c => c is '.' or ','))
        {
            return null;
        }

        var glyphs = image.Pieces((int)Math.Ceiling(region.X0), (int)Math.Ceiling(region.Y0), (int)Math.Floor(region.X1), (int)Math.Floor(region.Y1));
        if (glyphs.Count < 3)
        {
            return null;
        }

        var height = glyphs.Max(g => g.Height);
        var tall = glyphs.Where(g => g.Height >= height * DigitHeight).ToList();
        if (tall.Count < 2)
        {
            return null;
        }

        var baseline = tall.Select(g => g.Bottom).Order().ElementAt(tall.Count / 2);
        var points = glyphs.Where(g => IsPoint(g, height, baseline) && tall.Any(t => t.Right <= g.Left + 1) && tall.Any(t => t.Left >= g.Right - 1)).ToList();
        if (points.Count != 1)
        {
            return null;
        }

        // Digits stand either side of the point (the candidates were chosen so), none above or below it.
        var point = points[0];
        var left = tall.Where(t => t.Right <= point.Left + 1).ToList();
        var right = tall.Where(t => t.Left >= point.Right - 1).ToList();
        if (left.Count + right.Count != tall.Count)
        {
            return null;
        }

        // The point alone in its gap: a piece of a broken glyph comes with others (the tips of a 3 cut off its bowls).
        var (gapStart, gapEnd) = (left.Max(t => t.Right), right.Min(t => t.Left));
        if (gapEnd - gapStart < Math.Max(point.Width + 2, height * PointGap) || glyphs.Any(g => g != point && g.Right > gapStart && g.Left < gapEnd))
        {
            return null;
        }

        // Every glyph left of the point one digit, and nothing but digits and the point left of the last of them.
        if (left.Any(t => t.Width > t.Height * OneDigitWidth) || glyphs.Any(g => g != point && g.Right <= point.Left + 1 && !left.Contains(g)))
        {
            return null;
        }

        var body = figure.TrimEnd('%');
        var leading = body.TakeWhile(c => !char.IsAsciiDigit(c)).Count();
        if (!body[leading..].All(char.IsAsciiDigit) || left.Count >= body.Length - leading)
        {
            return null;
        }

        return figure.Insert(leading + left.Count, ".");
    }

    private static bool IsPoint(InkPiece g, int height, int baseline) =>
        g.Width <= height * LargestPoint && g.Height <= height * LargestPoint
        && g.Width >= Math.Max(1, height * SmallestPoint) && g.Height >= Math.Max(1, height * SmallestPoint)
        && Math.Abs(g.Bottom - baseline) <= Math.Max(1, height * OnBaseline);
}
