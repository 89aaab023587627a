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

    private PageContent ReadPage(Page page)
    {
        var height = page.Height;
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                right = left + Math.Max(letter.BoundingBox.Width, size * 0.5);
            }

            glyphs.Add(new Glyph(letter.Value ?? string.Empty, left, right, height - letter.StartBaseLine.Y, size));
        }

        return new PageContent(page.Number, page.Width, height, glyphs, _rules.Extract(page.Paths, height));
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
