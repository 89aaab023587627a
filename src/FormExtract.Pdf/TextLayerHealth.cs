using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// Judges whether a page's text layer can be trusted. Kangxi and CJK radicals are not faults (the text
/// normaliser maps them); letters in the private-use area, U+FFFD, PdfPig's "(cid:" stand-ins and letters
/// with no Unicode at all are: a page with enough of them is reported, so that it can be OCR'd instead.
/// </summary>
internal sealed class TextLayerHealth
{
    public const string GarbledTextCode = "pdf-garbled-text";
    public const string NoTextCode = "pdf-no-text";

    private readonly PdfReaderOptions _options;

    public TextLayerHealth(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public static bool IsGarbled(string value) =>
        value.Length == 0
        || value.Contains("(cid:", StringComparison.Ordinal)
        || value.Any(c => c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD' or '\0');

    public ExtractionWarning? Inspect(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Glyphs.Count == 0)
        {
            return page.Images == 0
                ? new ExtractionWarning(NoTextCode, $"page {page.Number} has neither a text layer nor an image (blank, or its text drawn as outlines); nothing on it was read.", Page: page.Number)
                : new ExtractionWarning(NoTextCode, $"page {page.Number} has no text layer (a scan?); its content was not read.", Page: page.Number);
        }

        var garbled = Garbled(page);
        if (garbled < _options.GarbledLetterThreshold)
        {
            return null;
        }

        return new ExtractionWarning(GarbledTextCode, $"page {page.Number}: {Symptom(page, garbled)}; its text is unreliable.", Page: page.Number);
    }

    /// <summary>The warning for a garbled page whose cells holding such letters were read from its image instead.</summary>
    public static ExtractionWarning ReadByOcr(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ExtractionWarning(GarbledTextCode, $"page {page.Number}: {Symptom(page, Garbled(page))}; the cells and lines holding them were read by OCR instead.", Page: page.Number);
    }

    /// <summary>The warning for a page with no text layer (a scan) that was read from its image by OCR instead.</summary>
    public static ExtractionWarning ScanReadByOcr(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ExtractionWarning(NoTextCode, $"page {page.Number} has no text layer (a scan); it was read by OCR from its image.", Page: page.Number);
    }

    private static int Garbled(PageContent page) => page.Glyphs.Count(g => IsGarbled(g.Value));

    private static string Symptom(PageContent page, int garbled) =>
        $"{garbled} of {page.Glyphs.Count} letters have no readable Unicode (private-use, cid or unmapped glyphs)";
}
