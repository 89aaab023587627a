using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;

namespace FormExtract.Cli;

/// <summary>
/// The readers the CLI offers, most specific first: PDFs by their text layer (pages whose text layer is
/// garbled by OCR), then images and PDFs of scans by OCR, then HTML; the text reader takes whatever is left.
/// Owns the OCR engines, hence disposable.
/// </summary>
internal sealed class Readers : IDisposable
{
    private readonly OcrFallbackPdfReader _pdf = new();
    private readonly ImageTableReader _ocr = new();

    public IReadOnlyList<IDocumentReader> All => [_pdf, _ocr, new HtmlTableReader(), new TextDumpReader()];

    public void Dispose()
    {
        _pdf.Dispose();
        _ocr.Dispose();
    }
}
