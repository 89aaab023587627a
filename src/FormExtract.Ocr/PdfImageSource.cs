using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace FormExtract.Ocr;

/// <summary>
/// Takes the page images out of a PDF of scans, or out of the scanned pages of a printed one, through PdfPig:
/// the largest image on each page, its encoded bytes handed to Leptonica as they are (JPEG) or as PNG; a page
/// whose image cannot be decoded that way is rasterised by poppler's <c>pdftoppm</c> (300 dpi, grayscale).
/// </summary>
internal sealed class PdfImageSource
{
    private const int RasterDpi = 300;
    private static readonly TimeSpan RasterTimeout = TimeSpan.FromSeconds(60);

    private readonly OcrOptions _options;
    private readonly ImageSource _images;

    public PdfImageSource(OcrOptions options, ImageSource images)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(images);
        _options = options;
        _images = images;
    }

    /// <summary>Whether the PDF opens and no page has a letter while some page has an image.</summary>
    public static bool IsImageOnly(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
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

    public IEnumerable<(PageImage? Page, string? Problem)> Pages(ReadOnlyMemory<byte> bytes)
    {
        var (document, problem) = Open(bytes);
        if (document is null)
        {
            yield return (null, problem);
            yield break;
        }

        using (document)
        {
            for (var number = 1; number <= Math.Min(document.NumberOfPages, _options.MaxPages); number++)
            {
                var (page, pageProblem) = Page(document, bytes, number);
                yield return (page, pageProblem is null ? null : $"page {number}: {pageProblem}");
                if (page is null)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// The image of page <paramref name="number"/> of the opened <paramref name="document"/> (whose bytes are
    /// <paramref name="bytes"/>, for pdftoppm), at the resolution it has on the page, or why it cannot be had.
    /// </summary>
    public (PageImage? Page, string? Problem) Page(PdfDocument document, ReadOnlyMemory<byte> bytes, int number)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = document.GetPage(number);
        var image = page.GetImages().OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
        if (image is not null && _images.SizeProblem(image.WidthInSamples, image.HeightInSamples) is { } sizeProblem)
        {
            return (null, sizeProblem);
        }

        var pix = image is null ? null : Decode(image);
        var dpi = pix is null ? RasterDpi : pix.Width / Math.Max(1, page.Width / 72.0);
        pix ??= Rasterise(bytes, number);
        return pix is null
            ? (null, "its image cannot be decoded, and pdftoppm (poppler-utils) could not render it")
            : (new PageImage(number, pix, dpi), null);
    }

    /// <summary>The document opened leniently, or why it cannot be.</summary>
    public static (PdfDocument? Document, string? Problem) Open(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return (PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true }), null);
        }
#pragma warning disable CA1031 // Any PdfPig failure to open is this file's fault, reported as a value.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"the PDF is damaged or encrypted ({ex.Message.TrimEnd('.')})");
        }
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
        var folder = Directory.CreateTempSubdirectory("formextract-ocr-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, bytes.ToArray());
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", $"{RasterDpi}", "-gray", "-png", "-singlefile", "-f", $"{number}", "-l", $"{number}", input, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null || !process.WaitForExit(RasterTimeout) || process.ExitCode != 0)
            {
                process?.Kill(entireProcessTree: true);
                return null;
            }

            var output = Path.Combine(folder.FullName, "page.png");
            return File.Exists(output) ? Pix.Decode(File.ReadAllBytes(output)) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
