using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Office.Legacy;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;
using FormExtract.Pdf;

namespace FormExtract;

/// <summary>
/// The readers FormExtract offers, most specific first: PDFs by their text layer (pages whose text layer is
/// garbled, or scanned, by OCR), then images and PDFs of scans by OCR, then Word and Excel files (DOCX, XLSX,
/// and DOC, WPS, XLS, ET through LibreOffice), then HTML; the text reader takes whatever is left. With OCR off, PDFs are read from their text layer alone and images are not taken. Each
/// reader is given its bounds from <see cref="FormExtractorOptions.Limits"/>. Owns the OCR engines, which both
/// OCR readers share (a thread loads the models once), hence disposable.
/// </summary>
public sealed class DefaultReaders : IDisposable
{
    private readonly WorkerEngines? _engines;
    private readonly List<IDisposable> _owned = [];

    public DefaultReaders(FormExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Limits;
        var html = new HtmlTableReader(limits.Html);
        var text = new TextDumpReader(limits.Text);
        var docx = new DocxTableReader(limits.Office);
        var xlsx = new XlsxSheetReader(limits.Office);
        IDocumentReader[] office = [docx, xlsx, .. LegacyOfficeReader.All(limits.Office, docx, xlsx)];
        if (!options.Ocr)
        {
            All = [new PdfTableReader(limits.Pdf), .. office, html, text];
            return;
        }

        var ocr = limits.Ocr with { LowConfidence = options.LowConfidence };
        _engines = new WorkerEngines(ocr);
        var pdf = new OcrFallbackPdfReader(limits.Pdf, ocr, _engines);
        var images = new ImageTableReader(ocr, _engines, limits.Pdf);
        _owned.AddRange([pdf, images]);
        All = [pdf, images, .. office, html, text];
    }

    /// <summary>The readers in the order they are offered a file.</summary>
    public IReadOnlyList<IDocumentReader> All { get; }

    public void Dispose()
    {
        foreach (var reader in _owned)
        {
            reader.Dispose();
        }

        _engines?.Dispose();
    }
}
