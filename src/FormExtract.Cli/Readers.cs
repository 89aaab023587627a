using FormExtract.Cli.Limits;
using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;

namespace FormExtract.Cli;

/// <summary>
/// The readers the CLI offers, most specific first: PDFs by their text layer (pages whose text layer is
/// garbled by OCR), then images and PDFs of scans by OCR, then HTML; the text reader takes whatever is left.
/// Each is given its bounds from the limits. Owns the OCR engines, which both OCR readers share (a thread
/// loads the models once), hence disposable.
/// </summary>
internal sealed class Readers : IDisposable
{
    private readonly ExtractionLimits _limits;
    private readonly WorkerEngines _engines;
    private readonly OcrFallbackPdfReader _pdf;
    private readonly ImageTableReader _ocr;

    public Readers(ExtractionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
        _engines = new WorkerEngines(limits.Ocr);
        _pdf = new OcrFallbackPdfReader(limits.Pdf, limits.Ocr, _engines);
        _ocr = new ImageTableReader(limits.Ocr, _engines, limits.Pdf);
    }

    public IReadOnlyList<IDocumentReader> All => [_pdf, _ocr, new HtmlTableReader(_limits.Html), new TextDumpReader(_limits.Text)];

    public void Dispose()
    {
        _pdf.Dispose();
        _ocr.Dispose();
        _engines.Dispose();
    }
}
