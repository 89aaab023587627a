using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>Test pictures drawn with Leptonica: ruled grids at a given resolution, written as PNG.</summary>
internal static class Drawing
{
    private static readonly int[] Xs = [200, 900, 1600, 2280];
    private static readonly int[] Ys = [300, 500, 700, 900];

    /// <summary>
    /// A 300 dpi page (2480×1200) with a table of 3 rows and 3 columns; the border between the first two cells
    /// of the middle row is left out, so that they form one cell spanning two columns.
    /// </summary>
    public static byte[] GridWithMergedCell() => Grid(x => x == Xs[1] ? (Ys[1], Ys[2]) : (Ys[1], Ys[1]));

    /// <summary>
    /// As <see cref="GridWithMergedCell"/>, but in the middle row the rule between the second and third cells
    /// is faded: only its top 30% is drawn, as a rule that uneven light or a poor scan broke.
    /// </summary>
    public static byte[] GridWithMergedCellAndFadedRule() => Grid(x => x switch
    {
        _ when x == Xs[1] => (Ys[1], Ys[2]),
        _ when x == Xs[2] => (Ys[1] + 60, Ys[2]),
        _ => (Ys[1], Ys[1]),
    });

    /// <summary>The 3×3 grid with each column rule left out between the two heights <paramref name="gap"/> gives for it.</summary>
    private static byte[] Grid(Func<int, (int From, int To)> gap)
    {
        using var pix = Leptonica.CreateBinary(2480, 1200);
        foreach (var y in Ys)
        {
            Leptonica.DrawLine(pix, Xs[0], y, Xs[^1], y, 3);
        }

        foreach (var x in Xs)
        {
            var (from, to) = gap(x);
            Leptonica.DrawLine(pix, x, Ys[0], x, from, 3);
            Leptonica.DrawLine(pix, x, to, x, Ys[^1], 3);
        }

        return Leptonica.Encode(pix, Leptonica.FormatPng);
    }

    /// <summary>
    /// The 3×3 grid whose first column is a merged cell cut by the page breaks above and below it: no rule runs
    /// across it, its two side rules touch no other rule, and the other columns' rules stop at its right side.
    /// </summary>
    public static byte[] GridWithPageLongFirstColumn()
    {
        using var pix = Leptonica.CreateBinary(2480, 1200);
        foreach (var y in Ys)
        {
            Leptonica.DrawLine(pix, Xs[1] + 300, y, Xs[^1], y, 3);
        }

        foreach (var x in new[] { Xs[0], Xs[1], Xs[1] + 300, Xs[2], Xs[3] })
        {
            Leptonica.DrawLine(pix, x, Ys[0], x, Ys[^1], 3);
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
