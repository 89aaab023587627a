namespace FormExtract.Ocr;

/// <summary>
/// Tells a comparator (=, ≥, ≤, &gt;, &lt;) by the strokes of its one glyph on the binarised page, where neither
/// model reads it: the Chinese model takes ⩾ for 之 or 亏, the figure engine for 2.
/// </summary>
internal static class ComparatorGlyph
{
    /// <summary>
    /// The least share of a ≥'s ink its bar holds where a digit was read in its place: the bar is about a third
    /// of the glyph; a tip a threshold broke off a 2's arc a tenth.
    /// </summary>
    public const double SureBar = 0.25;

    /// <summary>Pieces under this share of a glyph's ink are specks, not strokes.</summary>
    public const double Speck = 0.1;

    /// <summary>
    /// The comparator a glyph is, by its strokes: = is two flat bars one over the other; ≥ and ≤ a chevron
    /// with a bar under it; &gt; and &lt; a chevron alone (only trusted when the Chinese model did not see a
    /// digit there, since a lone chevron is close to a 7). The chevron points where its middle row's ink is. A piece
    /// of ink counts as a stroke (the bar of ≥ among them) from <paramref name="barShare"/> of the glyph's ink up.
    /// </summary>
    public static string? Of(BinaryImage image, int left, int right, int y0, int y1, bool allowChevron, double barShare = Speck)
    {
        var width = right - left;
        var rows = new List<(int Top, int Bottom)>();
        var start = -1;
        for (var y = y0; y <= y1; y++)
        {
            var inked = false;
            for (var x = left; x < right && y < y1 && !inked; x++)
            {
                inked = image.IsInk(x, y);
            }

            if (inked && start < 0)
            {
                start = y;
            }
            else if (!inked && start >= 0)
            {
                rows.Add((start, y));
                start = -1;
            }
        }

        if (rows.Count == 0 || width < 2)
        {
            return null;
        }

        var height = rows[^1].Bottom - rows[0].Top;
        var flat = width * 0.4;
        if (rows.Count == 2 && rows.All(r => r.Bottom - r.Top <= flat) && height < width * 1.2)
        {
            return "=";
        }

        // The chevron is the first band of rows; a slanted bar (⩾) may touch its rows, so it is told apart
        // by its ink leaving the chevron's lower arm: the lowest rows of ⩾ hold ink across most of the width.
        var (top, bottom) = rows[0];
        if (bottom - top < width * 0.6)
        {
            return null;
        }

        double MeanX(int y)
        {
            double sum = 0;
            var count = 0;
            for (var x = left; x < right; x++)
            {
                if (image.IsInk(x, y))
                {
                    sum += x;
                    count++;
                }
            }

            return count == 0 ? double.NaN : sum / count;
        }

        var chevronBottom = rows.Count >= 2 ? bottom : bottom - (int)((bottom - top) * 0.3);
        var (upper, middle) = (MeanX(top + 1), MeanX((top + chevronBottom) / 2));
        if (double.IsNaN(upper) || double.IsNaN(middle) || Math.Abs(middle - upper) < width * 0.25)
        {
            return null;
        }

        var pointsRight = middle > upper;
        var withBar = (rows.Count == 2 && rows[1].Bottom - rows[1].Top <= flat) || Strokes(image, left, right, rows[0].Top, rows[^1].Bottom, barShare) >= 2
            || (rows.Count == 1 && BarUnder(image, left, right, top, bottom, pointsRight, barShare));
        if (withBar)
        {
            return pointsRight ? "≥" : "≤";
        }

        return allowChevron ? (pointsRight ? ">" : "<") : null;
    }

    /// <summary>
    /// A bar set so close under the chevron that its lower arm touches it (a sans face's ≥ at 150 dpi): one piece of
    /// ink whose lowest rows run across most of the glyph (a speck or two under them aside), over rows where the arm
    /// ends in a few pixels, holding at least <paramref name="share"/> of the ink. The chevron's first rows must lie
    /// on the side it opens to: a 2, whose foot is a bar as well, begins with an arc across its top.
    /// </summary>
    private static bool BarUnder(BinaryImage image, int left, int right, int top, int bottom, bool pointsRight, double share)
    {
        var width = right - left;
        int Inked(int y) => Enumerable.Range(left, width).Count(x => image.IsInk(x, y));
        var barTop = bottom - 1;
        while (barTop > bottom - 3 && barTop > top && Inked(barTop) < width * 0.7)
        {
            barTop--;
        }

        if (Inked(barTop) < width * 0.7)
        {
            return false;
        }

        while (barTop > top && Inked(barTop - 1) >= width * 0.7)
        {
            barTop--;
        }

        if (barTop - 2 < top || Inked(barTop - 2) >= width * 0.5)
        {
            return false;
        }

        // The chevron's first rows keep to the three fifths of the glyph on the side it opens to.
        bool PastOpening(int x) => pointsRight ? x >= left + width * 0.6 : x < right - width * 0.6;
        for (var y = top; y < top + 2; y++)
        {
            if (Enumerable.Range(left, width).Any(x => image.IsInk(x, y) && PastOpening(x)))
            {
                return false;
            }
        }

        var bar = Enumerable.Range(barTop, bottom - barTop).Sum(Inked);
        return bar >= Enumerable.Range(top, bottom - top).Sum(Inked) * share;
    }

    /// <summary>Connected pieces of ink in the rectangle, specks (under <paramref name="share"/> of the ink) not counted.</summary>
    private static int Strokes(BinaryImage image, int left, int right, int top, int bottom, double share)
    {
        var pieces = image.Pieces(left, top, right, bottom);
        var total = pieces.Sum(p => p.Size);
        return pieces.Count(p => p.Size >= total * share);
    }
}
