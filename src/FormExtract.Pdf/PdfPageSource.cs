using UglyToad.PdfPig;
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

    private readonly RulingLineExtractor _rules;

    public PdfPageSource(PdfReaderOptions options) => _rules = new RulingLineExtractor(options);

    /// <summary>The pages of the document, or why they cannot be read.</summary>
    public (IReadOnlyList<PageContent>? Pages, string? Problem) Load(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, ClipPaths = false });
            var pages = new List<PageContent>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(ReadPage(document.GetPage(number)));
            }

            return pages.Count == 0 ? (null, "the document has no pages") : (pages, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, "the document is encrypted and cannot be read without its password");
        }
        catch (Exception ex) when (IsDocumentFault(ex))
        {
            return (null, $"the document is damaged or not a PDF ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>
    /// Letters and rules in points from the crop box's top-left corner (a page's box need not start at 0,0).
    /// A letter drawn again within a fraction of its width of the same letter (fake bold by overprinting) is
    /// kept once.
    /// </summary>
    private PageContent ReadPage(Page page)
    {
        // PdfPig already moves the crop box's bottom-left corner to (0, 0); only y needs turning over.
        var (left, top) = (0.0, page.Height);
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var x0 = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X) - left;
            var x1 = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X) - left;
            if (x1 - x0 < 0.01)
            {
                x1 = x0 + Math.Max(letter.BoundingBox.Width, size * 0.5);
            }

            var glyph = new Glyph(letter.Value ?? string.Empty, x0, x1, top - letter.StartBaseLine.Y, size);
            if (!IsOverprint(glyphs, glyph))
            {
                glyphs.Add(glyph);
            }
        }

        return new PageContent(page.Number, page.Width, page.Height, glyphs, _rules.Extract(page.Paths, left, top));
    }

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
    /// lets escape on truncated or corrupt streams. Cancellation and out-of-memory are never document faults.
    /// </summary>
    private static bool IsDocumentFault(Exception ex) =>
        ex is PdfDocumentFormatException or InvalidFontFormatException or CorruptCompressedDataException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException
            or KeyNotFoundException or InvalidCastException or FormatException or IOException or OverflowException
            or NotSupportedException
        && ex is not OperationCanceledException;
}
