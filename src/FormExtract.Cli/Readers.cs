using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Pdf;

namespace FormExtract.Cli;

/// <summary>
/// The readers the CLI offers, most specific first: PDFs by their text layer, then images and PDFs of scans
/// by OCR, then HTML; the text reader takes whatever is left. Owns the OCR engines, hence disposable.
/// </summary>
internal sealed class Readers : IDisposable
{
    private readonly ImageTableReader _ocr = new();

    public IReadOnlyList<IDocumentReader> All => [new PdfTableReader(), _ocr, new HtmlTableReader(), new TextDumpReader()];

    public void Dispose() => _ocr.Dispose();
}
