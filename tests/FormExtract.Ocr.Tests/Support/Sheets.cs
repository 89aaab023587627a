using FormExtract.Ocr.Interop;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>
/// Sheets cut out of a committed clean scan (scan-04: two A4 sheets at 200 dpi stacked in one PNG), and
/// copies of them spoiled the way a scanner spoils a page: turned, tilted, stacked, saved as a lossy JPEG.
/// </summary>
internal static class Sheets
{
    /// <summary>One A4 height at 200 dpi, the height of each sheet of scan-04.</summary>
    public const int SheetHeight = 2339;

    public static Pix Clean(int index)
    {
        using var stack = Pix.Decode(File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png")))
            ?? throw new InvalidOperationException("scan-04 does not decode");
        return new Pix(Leptonica.Clip(stack.Handle, 0, index * SheetHeight, stack.Width, SheetHeight) ?? throw new InvalidOperationException("the sheet is outside the scan"));
    }

    public static Pix Turned(Pix sheet, int quarters) =>
        new(Leptonica.RotateQuarters(sheet.Handle, quarters) ?? throw new InvalidOperationException("the sheet could not be turned"));

    /// <summary>The sheets one under the other, each tilted by its own angle (degrees, clockwise), saved as a JPEG of poor quality.</summary>
    public static byte[] StackedTiltedJpeg(IReadOnlyList<Pix> sheets, IReadOnlyList<double> angles)
    {
        using var stack = new Pix(Leptonica.CreateGray(sheets.Max(s => s.Width), sheets.Sum(s => s.Height)));
        var top = 0;
        for (var i = 0; i < sheets.Count; i++)
        {
            using var gray = Leptonica.ConvertTo8(sheets[i].Handle) ?? throw new InvalidOperationException("the sheet is not an image");
            using var tilted = Leptonica.Rotate(gray, angles[i]) ?? throw new InvalidOperationException("the sheet could not be tilted");
            Leptonica.Paint(stack.Handle, tilted, 0, top);
            top += sheets[i].Height;
        }

        return Leptonica.Encode(stack.Handle, Leptonica.FormatJpeg);
    }
}
