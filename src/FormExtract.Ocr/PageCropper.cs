using FormExtract.Core.Model;
using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// Cuts the place where a cell was printed out of its source page, as a PNG, so that a reader can check a
/// figure against the original without opening the file. A PDF page is rendered once (poppler), an image page
/// decoded once (Leptonica), and kept while the cropper lives; boxes are in the units cells carry (PDF points,
/// image pixels). Not thread-safe: one cropper per source file.
/// </summary>
public sealed class PageCropper : IDisposable
{
    private const int MaxCropWidth = 640;

    private readonly Dictionary<int, (Pix? Page, string? Problem)> _pages = [];
    private readonly PdfPageRenderer? _renderer;
    private readonly ReadOnlyMemory<byte> _image;
    private readonly double _scale;

    private PageCropper(PdfPageRenderer? renderer, ReadOnlyMemory<byte> image, double scale)
    {
        _renderer = renderer;
        _image = image;
        _scale = scale;
    }

    /// <summary>For a PDF (printed or scanned: both place cells in points), rendered at <paramref name="dpi"/>.</summary>
    public static PageCropper ForPdf(ReadOnlyMemory<byte> bytes, int dpi = 110) => new(new PdfPageRenderer(bytes, dpi), default, dpi / 72.0);

    /// <summary>
    /// For a scan: a PNG, JPEG or TIFF (each TIFF page a page), or a PDF of scans, whose cells are placed in the
    /// pixels of its page images as the OCR reader decoded them.
    /// </summary>
    public static PageCropper ForImage(ReadOnlyMemory<byte> bytes) => new(null, bytes, 1);

    /// <summary>
    /// The box widened by <paramref name="margin"/> (in the box's units) on every side, clipped to the page, as
    /// PNG bytes no wider than 640 pixels; or why there is none.
    /// </summary>
    public (byte[]? Png, string? Problem) Crop(int page, Box box, double margin)
    {
        var (pix, problem) = Page(page);
        if (pix is null)
        {
            return (null, problem);
        }

        var x = (int)Math.Floor((box.X0 - margin) * _scale);
        var y = (int)Math.Floor((box.Y0 - margin) * _scale);
        var width = (int)Math.Ceiling((box.Width + (2 * margin)) * _scale);
        var height = (int)Math.Ceiling((box.Height + (2 * margin)) * _scale);
        (x, y) = (Math.Max(0, x), Math.Max(0, y));
        if (width <= 0 || height <= 0 || x >= pix.Width || y >= pix.Height)
        {
            return (null, $"the box [{box.X0:0.##}, {box.Y0:0.##}, {box.X1:0.##}, {box.Y1:0.##}] lies outside page {page}");
        }

        using var clip = Leptonica.Clip(pix.Handle, x, y, width, height);
        if (clip is null)
        {
            return (null, $"the box could not be cut out of page {page}");
        }

        var clipWidth = Leptonica.Dimensions(clip).Width;
        if (clipWidth <= MaxCropWidth)
        {
            return (Leptonica.Encode(clip, Leptonica.FormatPng), null);
        }

        using var smaller = Leptonica.Scale(clip, MaxCropWidth / (double)clipWidth);
        return smaller is null ? (null, $"the crop of page {page} could not be scaled") : (Leptonica.Encode(smaller, Leptonica.FormatPng), null);
    }

    public void Dispose()
    {
        foreach (var (pix, _) in _pages.Values)
        {
            pix?.Dispose();
        }

        _pages.Clear();
        _renderer?.Dispose();
    }

    private (Pix? Page, string? Problem) Page(int number)
    {
        if (!_pages.TryGetValue(number, out var page))
        {
            page = _renderer is not null ? _renderer.Render(number) : Decode(number);
            _pages[number] = page;
        }

        return page;
    }

    private (Pix? Page, string? Problem) Decode(int number)
    {
        var options = new OcrOptions();
        var images = new ImageSource(options);
        var pages = _image.Span.StartsWith("%PDF"u8)
            ? new PdfImageSource(options, images, new Pdf.PdfReaderOptions()).Pages(_image)
            : images.Pages(_image);
        foreach (var (image, index, problem) in pages)
        {
            if (index == number)
            {
                return image is null ? (null, problem) : (image.Image, null);
            }

            image?.Dispose();
        }

        return (null, $"the image has no page {number}");
    }
}
