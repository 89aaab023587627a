using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>Test pictures drawn with Leptonica: ruled grids at a given resolution, written as PNG.</summary>
internal static class Drawing
{
    /// <summary>
    /// A 300 dpi page (2480×1200) with a table of 3 rows and 3 columns; the border between the first two cells
    /// of the middle row is left out, so that they form one cell spanning two columns.
    /// </summary>
    public static byte[] GridWithMergedCell()
    {
        using var pix = Leptonica.CreateBinary(2480, 1200);
        int[] xs = [200, 900, 1600, 2280];
        int[] ys = [300, 500, 700, 900];
        foreach (var y in ys)
        {
            Leptonica.DrawLine(pix, xs[0], y, xs[^1], y, 3);
        }

        foreach (var x in xs)
        {
            if (x == 900)
            {
                Leptonica.DrawLine(pix, x, ys[0], x, ys[1], 3);
                Leptonica.DrawLine(pix, x, ys[2], x, ys[3], 3);
            }
            else
            {
                Leptonica.DrawLine(pix, x, ys[0], x, ys[^1], 3);
            }
        }

        return Leptonica.Encode(pix, Leptonica.FormatPng);
    }

    /// <summary>
    /// As <see cref="GridWithMergedCell"/>, but in the middle row the rule between the second and third cells
    /// is faded: only its top 30% is drawn, as a rule that uneven light or a poor scan broke.
    /// </summary>
    public static byte[] GridWithMergedCellAndFadedRule()
    {
        using var pix = Leptonica.CreateBinary(2480, 1200);
        int[] xs = [200, 900, 1600, 2280];
        int[] ys = [300, 500, 700, 900];
        foreach (var y in ys)
        {
            Leptonica.DrawLine(pix, xs[0], y, xs[^1], y, 3);
        }

        foreach (var x in xs)
        {
            var (from, to) = x switch
            {
                900 => (ys[1], ys[2]),
                1600 => (ys[1] + 60, ys[2]),
                _ => (ys[1], ys[1]),
            };
            Leptonica.DrawLine(pix, x, ys[0], x, from, 3);
            Leptonica.DrawLine(pix, x, to, x, ys[^1], 3);
        }

        return Leptonica.Encode(pix, Leptonica.FormatPng);
    }

    /// <summary>A blank page with no rules at all.</summary>
    public static byte[] Blank(int width, int height)
    {
        using var pix = Leptonica.CreateBinary(width, height);
        return Leptonica.Encode(pix, Leptonica.FormatPng);
    }
}
