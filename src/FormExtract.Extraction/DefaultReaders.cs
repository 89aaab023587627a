using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Pdf;

namespace FormExtract;

/// <summary>
/// The readers FormExtract offers, most specific first: PDFs by their text layer (pages whose text layer is
/// garbled, or scanned, by OCR), then images and PDFs of scans by OCR, then HTML; the text reader takes
/// whatever is left. With OCR off, PDFs are read from their text layer alone and images are not taken.
/// Owns the OCR engines, which both OCR readers share (a thread loads the models once), hence disposable.
/// </summary>
public sealed class DefaultReaders : IDisposable
{
    private readonly WorkerEngines? _engines;
    private readonly List<IDisposable> _owned = [];

    public DefaultReaders(FormExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Ocr)
        {
            All = [new PdfTableReader(PdfReaderOptions.Default), new HtmlTableReader(), new TextDumpReader()];
            return;
        }

        var ocr = OcrOptions.Default with { LowConfidence = options.LowConfidence };
        _engines = new WorkerEngines(ocr);
        var pdf = new OcrFallbackPdfReader(PdfReaderOptions.Default, ocr, _engines);
        var images = new ImageTableReader(ocr, _engines);
        _owned.AddRange([pdf, images]);
        All = [pdf, images, new HtmlTableReader(), new TextDumpReader()];
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
