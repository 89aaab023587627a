using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>
/// The marshalling layer over <see cref="LeptonicaNative"/>: pins managed bytes for the readers, wraps every
/// PIX that comes back in a <see cref="PixHandle"/>, and turns Leptonica's null returns into null.
/// </summary>
internal static class Leptonica
{
    public const int FormatTiff = 4;
    public const int FormatPng = 3;
    public const int FormatJpeg = 2;
    private const int SetPixels = 1;
    private const int RotateAreaMap = 1;
    private const int BringInWhite = 1;
    private const int PaintSource = 0xc;

    static Leptonica()
    {
        NativeLibraries.EnsureResolver();
        // Unreadable input is expected here and reported as a value; Leptonica's own stderr lines add nothing.
        _ = LeptonicaNative.setMsgSeverity(LeptonicaNative.SeverityNone);
    }

    /// <summary>Format and size from the header alone, before anything is decoded; null when the header is unreadable.</summary>
    public static unsafe (int Format, int Width, int Height)? ReadHeader(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* data = bytes)
        {
            var failed = LeptonicaNative.pixReadHeaderMem(data, (nuint)bytes.Length, out var format, out var width, out var height, out _, out _, out _);
            return failed != 0 ? null : (format, width, height);
        }
    }

    public static unsafe PixHandle? Read(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* data = bytes)
        {
            return Wrap(LeptonicaNative.pixReadMem(data, (nuint)bytes.Length));
        }
    }

    /// <summary>The size of page <paramref name="page"/> (0-based) of a TIFF from its header alone; null past the last page or when the header is unreadable.</summary>
    public static unsafe (int Width, int Height)? ReadTiffPageHeader(ReadOnlySpan<byte> bytes, int page)
    {
        fixed (byte* data = bytes)
        {
            var failed = LeptonicaNative.readHeaderMemTiff(data, (nuint)bytes.Length, page, out var width, out var height, out _, out _, out _, out _, out _);
            return failed != 0 ? null : (width, height);
        }
    }

    /// <summary>Page <paramref name="page"/> (0-based) of a TIFF, or null past the last page.</summary>
    public static unsafe PixHandle? ReadTiffPage(ReadOnlySpan<byte> bytes, int page)
    {
        fixed (byte* data = bytes)
        {
            return Wrap(LeptonicaNative.pixReadMemTiff(data, (nuint)bytes.Length, page));
        }
    }

    public static (int Width, int Height, int Depth) Dimensions(PixHandle pix)
    {
        LeptonicaNative.pixGetDimensions(pix.DangerousGetHandle(), out var width, out var height, out var depth);
        GC.KeepAlive(pix);
        return (width, height, depth);
    }

    public static int Resolution(PixHandle pix)
    {
        var resolution = LeptonicaNative.pixGetXRes(pix.DangerousGetHandle());
        GC.KeepAlive(pix);
        return resolution;
    }

    public static PixHandle? ConvertTo8(PixHandle pix) => Call(pix, p => LeptonicaNative.pixConvertTo8(p, 0));

    public static PixHandle? BackgroundNormalize(PixHandle gray) => Call(gray, p => LeptonicaNative.pixBackgroundNormSimple(p, IntPtr.Zero, IntPtr.Zero));

    /// <summary>Ink (1) where the gray is darker than the threshold.</summary>
    public static PixHandle? Threshold(PixHandle gray, int threshold) => Call(gray, p => LeptonicaNative.pixThresholdToBinary(p, threshold));

    /// <summary>The skew of the text lines of a 1 bpp image in degrees, and Leptonica's confidence in it (0 when it finds none).</summary>
    public static (float Angle, float Confidence) FindSkew(PixHandle binary)
    {
        var failed = LeptonicaNative.pixFindSkew(binary.DangerousGetHandle(), out var angle, out var confidence);
        GC.KeepAlive(binary);
        return failed != 0 ? (0, 0) : (angle, confidence);
    }

    /// <summary>Rotated about its centre by <paramref name="degrees"/> (clockwise positive), same size, white brought in.</summary>
    public static PixHandle? Rotate(PixHandle pix, double degrees) =>
        Call(pix, p => LeptonicaNative.pixRotate(p, (float)(degrees * Math.PI / 180), RotateAreaMap, BringInWhite, 0, 0));

    /// <summary>Turned by quarter turns clockwise (0..3).</summary>
    public static PixHandle? RotateQuarters(PixHandle pix, int quarters) => Call(pix, p => LeptonicaNative.pixRotateOrth(p, quarters));

    public static PixHandle? Copy(PixHandle pix) => Call(pix, p => LeptonicaNative.pixCopy(IntPtr.Zero, p));

    /// <summary>The rectangle cut out of the image (clipped to it); null when it lies outside.</summary>
    public static PixHandle? Clip(PixHandle pix, int x, int y, int width, int height)
    {
        var box = LeptonicaNative.boxCreate(x, y, width, height);
        try
        {
            return Call(pix, p => LeptonicaNative.pixClipRectangle(p, box, IntPtr.Zero));
        }
        finally
        {
            LeptonicaNative.boxDestroy(ref box);
        }
    }

    /// <summary>Scaled by <paramref name="factor"/> (gray: linear interpolation).</summary>
    public static PixHandle? Scale(PixHandle pix, double factor) => Call(pix, p => LeptonicaNative.pixScale(p, (float)factor, (float)factor));

    /// <summary>The pixel value at <paramref name="rank"/> (0: darkest, 1: lightest) of an 8 bpp image; null when it has none.</summary>
    public static uint? RankValue(PixHandle pix, double rank)
    {
        var failed = LeptonicaNative.pixGetRankValue(pix.DangerousGetHandle(), 1, (float)rank, out var value);
        GC.KeepAlive(pix);
        return failed == 0 ? value : null;
    }

    /// <summary>Edges sharpened by unsharp masking (8 bpp): the blurred copy's <paramref name="fraction"/> taken away.</summary>
    public static PixHandle? Sharpen(PixHandle gray, int halfWidth, double fraction) => Call(gray, p => LeptonicaNative.pixUnsharpMaskingGray(p, halfWidth, (float)fraction));

    /// <summary>Each pixel the median of the square of side 2 × <paramref name="halfWidth"/> + 1 around it (8 bpp): noise gone, edges kept.</summary>
    public static PixHandle? Median(PixHandle gray, int halfWidth) => Call(gray, p => LeptonicaNative.pixMedianFilter(p, (2 * halfWidth) + 1, (2 * halfWidth) + 1));

    /// <summary>Each pixel the mean of the square of side 2 × <paramref name="halfWidth"/> + 1 around it (8 bpp).</summary>
    public static PixHandle? Blur(PixHandle gray, int halfWidth) => Call(gray, p => LeptonicaNative.pixBlockconv(p, halfWidth, halfWidth));

    /// <summary>A copy with a border of <paramref name="pixels"/> on every side, filled with <paramref name="value"/>.</summary>
    public static PixHandle? AddBorder(PixHandle pix, int pixels, uint value) => Call(pix, p => LeptonicaNative.pixAddBorder(p, pixels, value));

    /// <summary>Paints all of <paramref name="source"/> into <paramref name="target"/> with its top-left corner at (x, y).</summary>
    public static void Paint(PixHandle target, PixHandle source, int x, int y)
    {
        var (width, height, _) = Dimensions(source);
        _ = LeptonicaNative.pixRasterop(target.DangerousGetHandle(), x, y, width, height, PaintSource, source.DangerousGetHandle(), 0, 0);
        GC.KeepAlive(target);
        GC.KeepAlive(source);
    }

    /// <summary>
    /// The 8 bpp image warped by the projective transform that takes each of the four <paramref name="from"/>
    /// points to the <paramref name="to"/> point of the same index (same size, white brought in, interpolated).
    /// </summary>
    public static PixHandle? Projective(PixHandle gray, IReadOnlyList<(double X, double Y)> from, IReadOnlyList<(double X, double Y)> to)
    {
        var source = Points(from);
        var destination = Points(to);
        try
        {
            return Call(gray, p => LeptonicaNative.pixProjectivePtaGray(p, destination, source, 255));
        }
        finally
        {
            LeptonicaNative.ptaDestroy(ref source);
            LeptonicaNative.ptaDestroy(ref destination);
        }
    }

    private static IntPtr Points(IReadOnlyList<(double X, double Y)> points)
    {
        var pta = LeptonicaNative.ptaCreate(points.Count);
        foreach (var (x, y) in points)
        {
            _ = LeptonicaNative.ptaAddPt(pta, (float)x, (float)y);
        }

        return pta;
    }

    /// <summary>Sauvola's local threshold (1 bpp, black = 1): survives shading and uneven light that defeats one global threshold.</summary>
    public static PixHandle? SauvolaBinarize(PixHandle gray, int windowHalfSize, float factor, int tilesX, int tilesY)
    {
        var failed = LeptonicaNative.pixSauvolaBinarizeTiled(gray.DangerousGetHandle(), windowHalfSize, factor, tilesX, tilesY, IntPtr.Zero, out var binary);
        GC.KeepAlive(gray);
        return failed != 0 ? null : Wrap(binary);
    }

    /// <summary>The raster as rows of 32-bit words, copied out (Leptonica's layout: leftmost pixel in the high bits).</summary>
    public static uint[] CopyWords(PixHandle pix, out int wordsPerLine)
    {
        var (_, height, _) = Dimensions(pix);
        var raw = pix.DangerousGetHandle();
        wordsPerLine = LeptonicaNative.pixGetWpl(raw);
        var words = new uint[checked(wordsPerLine * height)];
        unsafe
        {
            new ReadOnlySpan<uint>((void*)LeptonicaNative.pixGetData(raw), words.Length).CopyTo(words);
        }

        GC.KeepAlive(pix);
        return words;
    }

    /// <summary>A blank 1 bpp image (white), for drawing test pictures.</summary>
    public static PixHandle CreateBinary(int width, int height) =>
        Wrap(LeptonicaNative.pixCreate(width, height, 1)) ?? throw new InvalidOperationException($"Leptonica could not create a {width}×{height} image.");

    /// <summary>A blank 8 bpp image (white), for composing test pictures.</summary>
    public static PixHandle CreateGray(int width, int height)
    {
        var pix = Wrap(LeptonicaNative.pixCreate(width, height, 8)) ?? throw new InvalidOperationException($"Leptonica could not create a {width}×{height} image.");
        _ = LeptonicaNative.pixSetAll(pix.DangerousGetHandle());
        GC.KeepAlive(pix);
        return pix;
    }

    public static void DrawLine(PixHandle pix, int x1, int y1, int x2, int y2, int width)
    {
        _ = LeptonicaNative.pixRenderLine(pix.DangerousGetHandle(), x1, y1, x2, y2, width, SetPixels);
        GC.KeepAlive(pix);
    }

    public static byte[] Encode(PixHandle pix, int format)
    {
        if (LeptonicaNative.pixWriteMem(out var data, out var size, pix.DangerousGetHandle(), format) != 0)
        {
            throw new InvalidOperationException("Leptonica could not encode the image.");
        }

        GC.KeepAlive(pix);
        try
        {
            var bytes = new byte[checked((int)size)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }

    private static PixHandle? Call(PixHandle pix, Func<IntPtr, IntPtr> operation)
    {
        var result = operation(pix.DangerousGetHandle());
        GC.KeepAlive(pix);
        return Wrap(result);
    }

    private static PixHandle? Wrap(IntPtr pix) => pix == IntPtr.Zero ? null : new PixHandle(pix);
}
