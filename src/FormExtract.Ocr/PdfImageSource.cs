using System.Diagnostics;
using FormExtract.Pdf;
using UglyToad.PdfPig.Content;

namespace FormExtract.Ocr;

/// <summary>
/// Takes the page images out of a PDF of scans, or out of the scanned pages of a printed one, through PdfPig:
/// the largest image on each page, its encoded bytes handed to Leptonica as they are (JPEG) or as PNG; a page
/// whose image cannot be decoded that way is rasterised by poppler's <c>pdftoppm</c> (300 dpi, grayscale),
/// unless the page is so large that the raster would pass <see cref="OcrOptions.MaxPixels"/>. Compressed
/// streams are bounded by <see cref="PdfReaderOptions.MaxStreamBytes"/>.
/// </summary>
internal sealed class PdfImageSource
{
    private const int RasterDpi = 300;
    private static readonly TimeSpan RasterTimeout = TimeSpan.FromSeconds(60);

    private readonly OcrOptions _options;
    private readonly PdfReaderOptions _pdfOptions;
    private readonly ImageSource _images;

    public PdfImageSource(OcrOptions options, ImageSource images, PdfReaderOptions pdfOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(pdfOptions);
        _options = options;
        _images = images;
        _pdfOptions = pdfOptions;
    }

    /// <summary>Whether the PDF opens and no page has a letter while some page has an image.</summary>
    public static bool IsImageOnly(ReadOnlyMemory<byte> bytes, PdfReaderOptions pdfOptions)
    {
        try
        {
            using var pdf = BoundedPdf.Open(bytes, pdfOptions);
            var document = pdf.Document;
            var pages = Enumerable.Range(1, document.NumberOfPages).Select(document.GetPage).ToArray();
            return pages.Length > 0 && pages.All(p => p.Letters.Count == 0) && pages.Any(p => p.NumberOfImages > 0);
        }
#pragma warning disable CA1031 // PdfPig throws many kinds for a damaged file; here any of them means "not a PDF of scans".
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>
    /// Each page's image as it is enumerated, or the page's problem (the next page is read all the same); a
    /// document with more than <see cref="OcrOptions.MaxPages"/> pages ends with a problem naming those left.
    /// </summary>
    public IEnumerable<(PageImage? Page, int Number, string? Problem)> Pages(ReadOnlyMemory<byte> bytes)
    {
        var (pdf, problem) = Open(bytes);
        if (pdf is null)
        {
            yield return (null, 1, problem);
            yield break;
        }

        using (pdf)
        {
            var count = pdf.Document.NumberOfPages;
            for (var number = 1; number <= Math.Min(count, _options.MaxPages); number++)
            {
                var (page, pageProblem) = Page(pdf, bytes, number);
                yield return (page, number, pageProblem);
            }

            if (count > _options.MaxPages)
            {
                yield return (null, _options.MaxPages + 1, $"the document has {count} pages; {(count == _options.MaxPages + 1 ? $"page {count} was" : $"pages {_options.MaxPages + 1}–{count} were")} not read (OcrOptions.MaxPages)");
            }
        }
    }

    /// <summary>
    /// The image of page <paramref name="number"/> of the opened <paramref name="pdf"/> (whose bytes are
    /// <paramref name="bytes"/>, for pdftoppm), at the resolution it has on the page, or why it cannot be had.
    /// </summary>
    public (PageImage? Page, string? Problem) Page(BoundedPdf pdf, ReadOnlyMemory<byte> bytes, int number)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            var page = pdf.Document.GetPage(number);
            var image = page.GetImages().OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
            if (image is not null && _images.SizeProblem(image.WidthInSamples, image.HeightInSamples) is { } sizeProblem)
            {
                return (null, sizeProblem);
            }

            var pix = image is null ? null : Decode(image);
            if (pdf.LimitProblem is { } limit)
            {
                pix?.Dispose();
                return (null, limit);
            }

            if (pix is null && RasterProblem(page) is { } tooLarge)
            {
                return (null, tooLarge);
            }

            var dpi = pix is null ? RasterDpi : pix.Width / Math.Max(1, page.Width / 72.0);
            pix ??= Rasterise(bytes, number);
            return pix is null
                ? (null, "its image cannot be decoded, and pdftoppm (poppler-utils) could not render it")
                : (new PageImage(number, pix, dpi), null);
        }
        catch (PdfStreamLimitException limit)
        {
            return (null, limit.Message);
        }
#pragma warning disable CA1031 // PdfPig throws many kinds for a damaged page; each is this page's fault, reported as a value.
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
#pragma warning restore CA1031
        {
            return (null, $"the page cannot be read ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The document opened leniently, or why it cannot be.</summary>
    public (BoundedPdf? Pdf, string? Problem) Open(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return (BoundedPdf.Open(bytes, _pdfOptions), null);
        }
#pragma warning disable CA1031 // Any PdfPig failure to open is this file's fault, reported as a value.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"the PDF is damaged or encrypted ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>Why the page cannot be rasterised within the pixel budget (a 100-inch page), or null.</summary>
    private string? RasterProblem(Page page)
    {
        var width = (long)Math.Ceiling(page.Width / 72.0 * RasterDpi);
        var height = (long)Math.Ceiling(page.Height / 72.0 * RasterDpi);
        return _images.SizeProblem(width, height) is { } problem ? $"rendered at {RasterDpi} dpi, {problem}" : null;
    }

    private static Pix? Decode(IPdfImage image)
    {
        if (Pix.Decode(image.RawMemory.Span) is { } raw)
        {
            return raw;
        }

        return image.TryGetPng(out var png) ? Pix.Decode(png) : null;
    }

    /// <summary>The page rendered by pdftoppm, or null when poppler is missing or fails.</summary>
    private static Pix? Rasterise(ReadOnlyMemory<byte> bytes, int number)
    {
        try
        {
            using var folder = ScratchFolder.Create();
            var input = folder.PathOf("in.pdf");
            File.WriteAllBytes(input, bytes.ToArray());
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", $"{RasterDpi}", "-gray", "-png", "-singlefile", "-f", $"{number}", "-l", $"{number}", input, folder.PathOf("page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null || !process.WaitForExit(RasterTimeout) || process.ExitCode != 0)
            {
                process?.Kill(entireProcessTree: true);
                return null;
            }

            var output = folder.PathOf("page.png");
            return File.Exists(output) ? Pix.Decode(File.ReadAllBytes(output)) : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
