using System.Numerics;
using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// Takes the tilt out of a grayscale page. The skew is measured band by band, a band being a stretch of
/// content between wide blank gaps: one image may hold several sheets scanned one by one and stacked, each
/// tilted its own way, and a table still tilted by half a degree loses the ends of its rules to the wrong
/// cells. A band too small to measure takes the angle of its nearest measured neighbour, else the page's.
/// </summary>
internal static class SkewCorrector
{
    /// <summary>Leptonica's own floor for trusting a measured skew (pixDeskew).</summary>
    private const float MinConfidence = 3f;

    /// <summary>Smaller tilts are not worth the blur of a rotation (Leptonica's pixDeskew does the same).</summary>
    private const double MinAngle = 0.1;

    /// <summary>Bands within this of the page's angle are turned with it, in one rotation.</summary>
    private const double SameAngle = 0.08;

    /// <summary>Gray darker than this is ink when measuring (after background normalisation the paper is near 200).</summary>
    private const int InkThreshold = 130;

    /// <summary>A blank gap at least this tall separates two bands (inches): more than the gap between text lines or table rows.</summary>
    private const double BandGapInches = 0.3;

    /// <summary>A band needs this much content (inches) for its own skew to be measured.</summary>
    private const double MeasurableInches = 0.2;

    /// <summary>The page turned upright (a new image) and the skew taken out in degrees (the page's, or its tallest band's).</summary>
    public static (PixHandle? Upright, double Angle) Straighten(PixHandle gray, double dpi)
    {
        ArgumentNullException.ThrowIfNull(gray);
        using var binary = Leptonica.Threshold(gray, InkThreshold);
        if (binary is null)
        {
            return (Leptonica.Copy(gray), 0);
        }

        var (pageAngle, pageConfidence) = Leptonica.FindSkew(binary);
        var page = pageConfidence >= MinConfidence ? pageAngle : 0;
        var bands = Bands(binary, dpi);
        if (bands.Count <= 1)
        {
            return (Rotate(gray, page), page);
        }

        var angles = Angles(binary, bands, page, dpi);
        if (angles.All(a => Math.Abs(a - page) < SameAngle))
        {
            return (Rotate(gray, page), page);
        }

        var upright = Leptonica.Copy(gray);
        if (upright is null)
        {
            return (null, 0);
        }

        var width = Leptonica.Dimensions(gray).Width;
        for (var i = 0; i < bands.Count; i++)
        {
            if (Math.Abs(angles[i]) < MinAngle)
            {
                continue;
            }

            var (top, bottom, _) = bands[i];
            using var band = Leptonica.Clip(gray, 0, top, width, bottom - top);
            using var turned = band is null ? null : Leptonica.Rotate(band, angles[i]);
            if (turned is not null)
            {
                Leptonica.Paint(upright, turned, 0, top);
            }
        }

        var tallest = Enumerable.Range(0, bands.Count).MaxBy(i => bands[i].Content);
        return (upright, angles[tallest]);
    }

    private static PixHandle? Rotate(PixHandle gray, double angle) =>
        Math.Abs(angle) < MinAngle ? Leptonica.Copy(gray) : Leptonica.Rotate(gray, angle);

    /// <summary>Each band's own angle where it can be measured; the others borrow the nearest measured band's, else the page's.</summary>
    private static double[] Angles(PixHandle binary, List<(int Top, int Bottom, int Content)> bands, double page, double dpi)
    {
        var width = Leptonica.Dimensions(binary).Width;
        var measured = new double?[bands.Count];
        for (var i = 0; i < bands.Count; i++)
        {
            var (top, bottom, content) = bands[i];
            if (content < MeasurableInches * dpi)
            {
                continue;
            }

            using var band = Leptonica.Clip(binary, 0, top, width, bottom - top);
            if (band is not null && Leptonica.FindSkew(band) is var (angle, confidence) && confidence >= MinConfidence)
            {
                measured[i] = angle;
            }
        }

        return Enumerable.Range(0, bands.Count)
            .Select(i => measured[i] ?? Enumerable.Range(0, bands.Count)
                .Where(j => measured[j] is not null)
                .OrderBy(j => Math.Abs(j - i))
                .Select(j => measured[j])
                .FirstOrDefault() ?? page)
            .ToArray();
    }

    /// <summary>Stretches of rows with ink separated by blank gaps of at least <see cref="BandGapInches"/>, cut in the middle of each gap; with the rows of content in each.</summary>
    private static List<(int Top, int Bottom, int Content)> Bands(PixHandle binary, double dpi)
    {
        var (width, height, _) = Leptonica.Dimensions(binary);
        var words = Leptonica.CopyWords(binary, out var wordsPerLine);
        // Specks of noise are not content; a line of small print is.
        var floor = Math.Max(2, width / 400);
        var gap = (int)(BandGapInches * dpi);
        var contents = new List<(int Top, int Bottom)>();
        int start = -1, lastInk = -1;
        for (var y = 0; y <= height; y++)
        {
            var ink = y < height && InkInRow(words, y * wordsPerLine, width) > floor;
            if (ink)
            {
                if (start >= 0 && y - lastInk > gap)
                {
                    contents.Add((start, lastInk + 1));
                    start = y;
                }

                start = start < 0 ? y : start;
                lastInk = y;
            }
        }

        if (start >= 0)
        {
            contents.Add((start, lastInk + 1));
        }

        var bands = new List<(int, int, int)>();
        for (var i = 0; i < contents.Count; i++)
        {
            var top = i == 0 ? 0 : (contents[i - 1].Bottom + contents[i].Top) / 2;
            var bottom = i == contents.Count - 1 ? height : (contents[i].Bottom + contents[i + 1].Top) / 2;
            bands.Add((top, bottom, contents[i].Bottom - contents[i].Top));
        }

        return bands;
    }

    private static int InkInRow(uint[] words, int offset, int width)
    {
        var count = 0;
        var full = width / 32;
        for (var i = 0; i < full; i++)
        {
            count += BitOperations.PopCount(words[offset + i]);
        }

        if (width % 32 != 0)
        {
            count += BitOperations.PopCount(words[offset + full] & (uint.MaxValue << (32 - (width % 32))));
        }

        return count;
    }
}
