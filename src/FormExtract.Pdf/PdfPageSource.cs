using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace FormExtract.Pdf;

/// <summary>
/// The one place that talks to PdfPig: opens the bytes and copies each page's letters and rules into plain
/// records. PdfPig reports unreadable files by throwing; those exceptions stop here and become a reason.
/// </summary>
internal sealed class PdfPageSource
{
    /// <summary>How far back an overprinted copy is looked for: producers print a whole line, then print it again.</summary>
    private const int OverprintLookBack = 64;

    private readonly PdfReaderOptions _options;
    private readonly RulingLineExtractor _rules;

    public PdfPageSource(PdfReaderOptions options)
    {
        _options = options;
        _rules = new RulingLineExtractor(options);
    }

    /// <summary>
    /// The pages of the document (at most <see cref="PdfReaderOptions.MaxPages"/>) and how many it has, or why
    /// they cannot be read.
    /// </summary>
    public (IReadOnlyList<PageContent>? Pages, int PageCount, string? Problem) Load(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = BoundedPdf.Open(bytes, _options, clipPaths: false);
            var document = pdf.Document;
            var pages = new List<PageContent>(Math.Min(document.NumberOfPages, _options.MaxPages));
            for (var number = 1; number <= Math.Min(document.NumberOfPages, _options.MaxPages); number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(ReadPage(document.GetPage(number)));
                if (pdf.LimitProblem is { } limit)
                {
                    return (null, 0, $"page {number}: {limit}");
                }
            }

            return pages.Count == 0 ? (null, 0, "the document has no pages") : (pages, document.NumberOfPages, null);
        }
        catch (PdfStreamLimitException limit)
        {
            return (null, 0, limit.Message);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, 0, "the document is encrypted and cannot be read without its password");
        }
        catch (Exception ex) when (IsDocumentFault(ex))
        {
            return (null, 0, $"the document is damaged or not a PDF ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>
    /// Letters and rules in points from the top-left corner of the page as its text reads. PdfPig already
    /// moves the crop box's corner to (0, 0); a page whose text mostly runs up or down (landscape content
    /// turned on a portrait page, shown upright by /Rotate) is turned so that its text runs left to right.
    /// A letter drawn again within a fraction of its size of the same letter (fake bold by overprinting) is
    /// kept once. The page's images are only counted.
    /// </summary>
    private PageContent ReadPage(Page page)
    {
        var (w, h) = (page.Width, page.Height);
        var (toPage, width, height) = DominantOrientation(page.Letters) switch
        {
            TextOrientation.Rotate270 => ((Func<PdfPoint, PdfPoint>)(p => new PdfPoint(p.Y, p.X)), h, w),
            TextOrientation.Rotate90 => (p => new PdfPoint(h - p.Y, w - p.X), h, w),
            TextOrientation.Rotate180 => (p => new PdfPoint(w - p.X, p.Y), w, h),
            _ => (p => new PdfPoint(p.X, h - p.Y), w, h),
        };

        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var (start, end) = (toPage(letter.StartBaseLine), toPage(letter.EndBaseLine));
            var (x0, x1) = (Math.Min(start.X, end.X), Math.Max(start.X, end.X));
            if (x1 - x0 < 0.01)
            {
                x1 = x0 + Math.Max(Math.Min(letter.BoundingBox.Width, letter.BoundingBox.Height), size * 0.5);
            }

            var glyph = new Glyph(letter.Value ?? string.Empty, x0, x1, start.Y, size);
            if (!IsOverprint(glyphs, glyph))
            {
                glyphs.Add(glyph);
            }
        }

        return new PageContent(page.Number, width, height, glyphs, _rules.Extract(page.Paths, toPage)) { Images = page.NumberOfImages };
    }

    private static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters) =>
        letters.Count == 0
            ? TextOrientation.Horizontal
            : letters.GroupBy(l => l.TextOrientation).MaxBy(g => g.Count())!.Key;

    private static bool IsOverprint(List<Glyph> glyphs, Glyph glyph)
    {
        for (var i = glyphs.Count - 1; i >= Math.Max(0, glyphs.Count - OverprintLookBack); i--)
        {
            var other = glyphs[i];
            var near = 0.2 * Math.Max(glyph.FontSize, 1);
            if (other.Value == glyph.Value && Math.Abs(other.Left - glyph.Left) < near && Math.Abs(other.Baseline - glyph.Baseline) < near)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What PdfPig throws on a broken file: its own format exceptions, and the runtime exceptions its parser
    /// lets escape on truncated or corrupt streams, and what it throws for features it does not implement (a font
    /// of an unknown type). Cancellation and out-of-memory are never document faults.
    /// </summary>
    private static bool IsDocumentFault(Exception ex) =>
        ex is PdfDocumentFormatException or InvalidFontFormatException or CorruptCompressedDataException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException
            or KeyNotFoundException or InvalidCastException or FormatException or IOException
            or NotSupportedException or NotImplementedException or ArithmeticException
        && ex is not OperationCanceledException;
}
