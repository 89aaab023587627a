using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;

namespace FormExtract.Cli;

/// <summary>
/// The readers the CLI offers, most specific first: PDFs by their text layer (pages whose text layer is
/// garbled by OCR), then images and PDFs of scans by OCR, then HTML; the text reader takes whatever is left.
/// Owns the OCR engines, which both OCR readers share (a thread loads the models once), hence disposable.
/// </summary>
internal sealed class Readers : IDisposable
{
    private readonly WorkerEngines _engines;
    private readonly OcrFallbackPdfReader _pdf;
    private readonly ImageTableReader _ocr;

    public Readers()
    {
        _engines = new WorkerEngines(OcrOptions.Default);
        _pdf = new OcrFallbackPdfReader(Pdf.PdfReaderOptions.Default, OcrOptions.Default, _engines);
        _ocr = new ImageTableReader(OcrOptions.Default, _engines);
    }

    public IReadOnlyList<IDocumentReader> All => [_pdf, _ocr, new HtmlTableReader(), new TextDumpReader()];

    public void Dispose()
    {
        _pdf.Dispose();
        _ocr.Dispose();
        _engines.Dispose();
    }
}
