using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// Turns a decoded page into a <see cref="PreparedPage"/>: grayscale (a coarse black-and-white page blurred),
/// background flattened (shading and uneven light), turned upright when it was scanned sideways or upside down,
/// skew removed band by band (<see cref="SkewCorrector"/>), a photographed page's keystone undone where that keeps
/// its rules (<see cref="PerspectiveCorrector"/>), and a Sauvola binarisation, whose local threshold keeps faint
/// rules and strokes that one global threshold loses in a dark corner.
/// </summary>
internal sealed class PagePreparer
{
    /// <summary>A4's width in inches: a page image with no plausible stated resolution is assumed to be one page wide (its shorter side).</summary>
    private const double PageWidthInches = 8.27;
    private const int TileSize = 2000;

    /// <summary>A3's shorter side, with room to spare: a page image wider than this on both sides is not at its stated resolution.</summary>
    private const double LargestSheetInches = 12.5;

    /// <summary>From this resolution up Tesseract reads the binarised page (see <see cref="Reading"/>).</summary>
    private const double MinBinaryReadingDpi = 250;

    private readonly OcrOptions _options;

    public PagePreparer(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// The prepared page, or why it cannot be prepared. <paramref name="dpi"/> overrides the image's own
    /// resolution when known (a PDF page); <paramref name="orientation"/>, when given, turns a page scanned
    /// sideways or upside down upright first.
    /// </summary>
    public (PreparedPage? Page, string? Problem) Prepare(int number, Pix source, double? dpi, OrientationDetector? orientation = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var resolution = Resolution(source, dpi);
        using var gray = Gray(source, resolution);
        if (gray is null)
        {
            return (null, "the image could not be turned to grayscale");
        }

        using var flat = Leptonica.BackgroundNormalize(gray);
        var turns = orientation?.QuarterTurnsToUpright(flat ?? gray, (int)Math.Round(resolution)) ?? 0;
        using var turned = turns == 0 ? null : Leptonica.RotateQuarters(flat ?? gray, turns);
        var (upright, angle) = SkewCorrector.Straighten(turned ?? flat ?? gray, resolution);
        if (upright is null)
        {
            return (null, "the image could not be deskewed");
        }

        var binary = Binarize(upright, resolution);
        if (binary is null)
        {
            upright.Dispose();
            return (null, "the image could not be binarised (too small?)");
        }

        var image = Copy(binary);
        // A photographed page is keystoned as well as turned: its frame squared, it is binarised again.
        var (warped, _, ruleLength) = PerspectiveCorrector.Straighten(upright, image, resolution, _options);
        var photographed = false;
        if (warped is not null && Binarize(warped, resolution) is { } squared)
        {
            var squaredImage = Copy(squared);
            if (PerspectiveCorrector.KeepsRules(ruleLength, squaredImage, resolution, _options))
            {
                (upright, binary, image) = (Swap(upright, warped), Swap(binary, squared), squaredImage);
                photographed = true;
            }
            else
            {
                warped.Dispose();
                squared.Dispose();
            }
        }
        else
        {
            warped?.Dispose();
        }

        using (binary)
        {
            var page = new Pix(Reading(upright, binary, resolution));
            return (new PreparedPage(number, page, image, resolution, angle) { QuarterTurns = turned is null ? 0 : turns, Photographed = photographed, Bilevel = source.Depth == 1 }, null);
        }
    }

    /// <summary>
    /// The page in 8 bpp. A black-and-white page (a fax, a bilevel scanner's output) below
    /// <see cref="MinBinaryReadingDpi"/> is also blurred by a 3×3 mean: thresholded at that size, strokes of small
    /// print are broken by a pixel here and there and have no gray edge, so the local threshold and the Chinese
    /// model lost characters (及 read as 太, 社 as 让) and whole names. Blurred, it read 94.45% of the PDF
    /// fixtures' fields at 200 dpi rather than 86.73%. At 300 dpi strokes are whole and the blur only thickens
    /// them (96.40% of four fixtures' fields rather than 98.99%), so it is left there.
    /// </summary>
    private static PixHandle? Gray(Pix source, double resolution)
    {
        var gray = Leptonica.ConvertTo8(source.Handle);
        if (gray is null || source.Depth != 1 || resolution >= MinBinaryReadingDpi)
        {
            return gray;
        }

        var blurred = Leptonica.Blur(gray, 1);
        gray.Dispose();
        return blurred;
    }

    private static PixHandle Swap(PixHandle old, PixHandle replacement)
    {
        old.Dispose();
        return replacement;
    }

    private static BinaryImage Copy(PixHandle binary)
    {
        var (width, height, _) = Leptonica.Dimensions(binary);
        return new BinaryImage(Leptonica.CopyWords(binary, out var wordsPerLine), wordsPerLine, width, height);
    }

    private static PixHandle? Binarize(PixHandle gray, double resolution)
    {
        var (width, height, _) = Leptonica.Dimensions(gray);
        var whole = Math.Max(7, (int)(resolution / 12));
        return Leptonica.SauvolaBinarize(gray, whole, 0.34f, Tiles(width), Tiles(height));
    }

    /// <summary>
    /// The image Tesseract reads. From <see cref="MinBinaryReadingDpi"/> up, the binarised page: on a noisy,
    /// blurred scan Tesseract's own global threshold of a cell leaves specks and soft edges that turn a 7
    /// into 了 or =100% into 三10000. Below it the strokes of small print are one or two pixels wide and a local
    /// threshold breaks some (三 read as 二), so Tesseract gets the flattened gray there.
    /// </summary>
    private static PixHandle Reading(PixHandle upright, PixHandle binary, double resolution)
    {
        if (resolution < MinBinaryReadingDpi || Leptonica.ConvertTo8(binary) is not { } reading)
        {
            return upright;
        }

        upright.Dispose();
        return reading;
    }

    private static int Tiles(int length) => Math.Max(1, (length + TileSize - 1) / TileSize);

    /// <summary>
    /// The stated resolution (the PDF page's, else the image's) when it is plausible for a scan and makes the
    /// image at most a large sheet; else one A4 width across the image's shorter side, within scanning's usual
    /// range. A PDF made from images without a resolution states 72 or 96 dpi, a page a metre tall: every
    /// length in inches (rule gaps, insets) would then be three times too short.
    /// </summary>
    private double Resolution(Pix source, double? dpi)
    {
        var stated = dpi ?? Leptonica.Resolution(source.Handle);
        var minimum = dpi is null ? 150 : 100;
        if (stated >= minimum && stated <= 1200 && Math.Min(source.Width, source.Height) / stated <= LargestSheetInches)
        {
            return stated;
        }

        var guessed = Math.Min(source.Width, source.Height) / PageWidthInches;
        return guessed is >= 100 and <= 1200 ? guessed : _options.DefaultDpi;
    }
}
