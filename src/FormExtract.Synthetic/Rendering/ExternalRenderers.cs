using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FormExtract.Core.Model;
using Serilog;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// The renderers that need programs outside .NET: headless Chromium prints HTML to PDF; pdftoppm rasterises
/// the PDF, ImageMagick degrades and packs the pages, img2pdf wraps them into an image-only PDF. Each call
/// works in a fresh temporary folder (Chromium gets a fresh profile there) that is removed afterwards.
/// </summary>
public sealed partial class ExternalRenderers
{
    /// <summary>Chromium stamps the print time into the PDF; a fixed one keeps the bytes reproducible.</summary>
    private const string FixedDate = "D:20230101000000+00'00'";

    private const double MaxStackedHeight = 16_000;

    /// <summary>An A4 page in square inches (landscape or portrait), to size the work of a page at a resolution.</summary>
    private const double A4SquareInches = 8.27 * 11.69;

    /// <summary>
    /// ImageMagick's OpenMP threads fight the other work of a shared machine (a page took a quarter longer with
    /// them than on one thread under load); one thread per call gives the same pixels.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> OneThread = new Dictionary<string, string> { ["MAGICK_THREAD_LIMIT"] = "1" };

    private readonly ExternalRendererOptions _options;
    private readonly ILogger _logger;

    public ExternalRenderers(ExternalRendererOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _logger = logger;
    }

    public RenderedFile PrintPdf(RenderedFile html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var work = new WorkFolder();
        var input = work.Write("form.html", html.Bytes);
        var output = Path.Combine(work.Path, "form.pdf");
        ExternalTool.Run(_options.Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(work.Path, "profile"),
            "--no-pdf-header-footer", "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
        ], work.Path, _options.Timeout, _logger, cancellationToken);
        var bytes = FixDates(File.ReadAllBytes(output));
        return new RenderedFile(".pdf", bytes, html.Forms, SourceFormat.Pdf) { Pages = CountPages(bytes) };
    }

    /// <summary>Scans a printed PDF in the given style; <paramref name="seed"/> fixes the noise.</summary>
    public RenderedFile Scan(RenderedFile pdf, ScanStyle style, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(style);
        using var work = new WorkFolder();
        var input = work.Write("form.pdf", pdf.Bytes);
        var dpi = style.Dpi.ToString(CultureInfo.InvariantCulture);
        var pageMegapixels = A4SquareInches * style.Dpi * style.Dpi / 1e6;
        ExternalTool.Run(_options.Pdftoppm, ["-r", dpi, "-gray", "-png", input, Path.Combine(work.Path, "page")], work.Path,
            _options.TimeoutFor(pageMegapixels * (pdf.Pages ?? 1)), _logger, cancellationToken);
        var pages = Directory.GetFiles(work.Path, "page-*.png").Order(StringComparer.Ordinal).ToArray();
        var megapixels = pageMegapixels * pages.Length;
        if (style.Format is ScanFormat.Png or ScanFormat.Jpeg && pages.Length * 11.7 * style.Dpi > MaxStackedHeight)
        {
            // ImageMagick's default policy refuses images taller than 16K pixels.
            throw new InvalidOperationException(
                $"{pages.Length} pages at {style.Dpi} dpi are too tall to stack into one image; scan fewer forms per file or use TIFF or PDF.");
        }

        var prepared = pages.Select((page, i) => Prepare(work, page, style, seed * 100 + i, pageMegapixels, cancellationToken)).ToArray();
        var (extension, format, output) = style.Format switch
        {
            ScanFormat.Png => (".png", SourceFormat.Image, Pack(work, prepared, "scan.png", ["-append", "-strip"], megapixels, cancellationToken)),
            ScanFormat.Jpeg => (".jpg", SourceFormat.Image, Pack(work, prepared, "scan.jpg", ["-append", "-strip", "-quality", "70"], megapixels, cancellationToken)),
            ScanFormat.Tiff => (".tif", SourceFormat.Image, Pack(work, prepared, "scan.tif", ["-strip", "-compress", style.Bilevel ? "group4" : "lzw"], megapixels, cancellationToken)),
            _ => (".pdf", SourceFormat.Pdf, ImagePdf(work, prepared, megapixels, cancellationToken)),
        };
        return new RenderedFile(extension, File.ReadAllBytes(output), pdf.Forms, format)
        {
            Pages = style.Format is ScanFormat.Png or ScanFormat.Jpeg ? 1 : pages.Length,
            Ocr = true,
        };
    }

    private string Prepare(WorkFolder work, string page, ScanStyle style, int seed, double megapixels, CancellationToken cancellationToken)
    {
        // A black-and-white page is kept lossless: JPEG has no one-bit pages.
        var output = Path.Combine(work.Path, Path.GetFileNameWithoutExtension(page) + (style.Degraded && !style.Bilevel ? ".jpg" : ".png"));
        List<string> arguments = [page];
        if (style.Camera)
        {
            arguments.AddRange(CameraCapture.Arguments(page, seed));
        }
        else if (style.Degraded)
        {
            var random = new Random(seed);
            var angle = ((random.NextDouble() - 0.5) * 1.6).ToString("0.00", CultureInfo.InvariantCulture);
            var dark = (78 + random.Next(12)).ToString(CultureInfo.InvariantCulture);
            // A scanner's tilt, uneven lamp light, sensor noise, a slightly soft focus and a lossy save.
            arguments.AddRange(["-seed", seed.ToString(CultureInfo.InvariantCulture), "-background", "white", "-rotate", angle,
                "(", "+clone", "-sparse-color", "Barycentric", $"0,0 gray(100%) %[w],%[h] gray({dark}%)", ")",
                "-compose", "multiply", "-composite", "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.6",
                "-colorspace", "Gray", "-quality", "50"]);
        }

        if (style.Bilevel)
        {
            // A fax's or bilevel scanner's fixed threshold, set a little differently from page to page.
            var threshold = (45 + new Random(seed + 1).Next(16)).ToString(CultureInfo.InvariantCulture);
            arguments.AddRange(["-threshold", threshold + "%", "-monochrome"]);
        }

        arguments.AddRange(["-strip", output]);
        ExternalTool.Run(_options.Convert, arguments, work.Path, _options.TimeoutFor(megapixels), _logger, cancellationToken, OneThread);
        return output;
    }

    private string Pack(WorkFolder work, IReadOnlyList<string> pages, string name, IReadOnlyList<string> options, double megapixels, CancellationToken cancellationToken)
    {
        var output = Path.Combine(work.Path, name);
        ExternalTool.Run(_options.Convert, [.. pages, .. options, output], work.Path, _options.TimeoutFor(megapixels), _logger, cancellationToken, OneThread);
        return output;
    }

    private string ImagePdf(WorkFolder work, IReadOnlyList<string> pages, double megapixels, CancellationToken cancellationToken)
    {
        var output = Path.Combine(work.Path, "scan.pdf");
        ExternalTool.Run(_options.Img2pdf, [.. pages, "--nodate", "-o", output], work.Path, _options.TimeoutFor(megapixels), _logger, cancellationToken);
        return output;
    }

    private static byte[] FixDates(byte[] pdf)
    {
        // Latin-1 maps bytes one to one, so replacing text of equal length leaves every offset (and the xref) intact.
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = PdfDate().Replace(text, m => m.Value.Length == FixedDate.Length + 2 ? "(" + FixedDate + ")" : m.Value);
        return Encoding.Latin1.GetBytes(fixedText);
    }

    private static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"\(D:\d{14}[+\-Z][0-9']*\)", RegexOptions.CultureInvariant)]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PageObject();
}
