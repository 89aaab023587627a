using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads born-digital PDFs as <see cref="PdfTableReader"/> does, and by OCR the pages it cannot read from the
/// text layer: a page whose text layer is garbled (fonts without a usable Unicode map) cell by cell inside the
/// boxes the PDF's vector rules give, and a scanned page among printed ones (no text layer, an image) as the
/// image reader reads a scan, its boxes turned to the page's points. The good pages keep their exact text,
/// the pages read by OCR get its readings with their confidence, and a warning names each page read that
/// way. Tesseract engines are made only when such a page is met, once per thread that reads
/// (<see cref="WorkerEngines"/>), shared with other readers when given.
/// </summary>
public sealed class OcrFallbackPdfReader : IDocumentReader, IDisposable
{
    private readonly PdfTableReader _pdf;
    private readonly OcrOptions _options;
    private readonly LayoutFinisher _finisher;
    private readonly PdfImageSource _images;
    private readonly ImagePageReader _pages;
    private readonly WorkerEngines _engines;
    private readonly bool _ownsEngines;

    public OcrFallbackPdfReader()
        : this(PdfReaderOptions.Default, OcrOptions.Default)
    {
    }

    /// <param name="pdfOptions">How the text layer is read.</param>
    /// <param name="ocrOptions">How scanned and garbled pages are read.</param>
    /// <param name="engines">Engines shared with other readers, which the caller disposes; null to own a set.</param>
    public OcrFallbackPdfReader(PdfReaderOptions pdfOptions, OcrOptions ocrOptions, WorkerEngines? engines = null)
    {
        ArgumentNullException.ThrowIfNull(pdfOptions);
        ArgumentNullException.ThrowIfNull(ocrOptions);
        _pdf = new PdfTableReader(pdfOptions);
        _options = ocrOptions;
        _finisher = new LayoutFinisher(ocrOptions);
        _images = new PdfImageSource(ocrOptions, new ImageSource(ocrOptions), pdfOptions);
        _pages = new ImagePageReader(ocrOptions);
        (_engines, _ownsEngines) = engines is null ? (new WorkerEngines(ocrOptions), true) : (engines, false);
    }

    public SourceFormat Format => _pdf.Format;

    public bool CanRead(InputFile file) => _pdf.CanRead(file);

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var garbled = new GarbledPageReader(_options, file.Bytes, () => _engines.Current);
        using var scanned = new ScannedPdfPageReader(file.Bytes, () => _engines.Current, _images, _pages, _options.Vocabulary);
        var result = _pdf.Read(file, garbled, scanned, cancellationToken);
        if (result.Document is not { } document)
        {
            return result;
        }

        var warnings = document.Warnings.Concat(garbled.Problems).Concat(scanned.Warnings).ToList();
        if (!document.Rows.Any(r => r.Cells.Any(IsRead)))
        {
            return warnings.Count == document.Warnings.Count ? result : ReadResult.Success(document with { Warnings = warnings });
        }

        // Cells read by OCR get their confidences (and labels snapped to the template's, as OCR misspells
        // them); cells read from the text layer, even in the same row or on the same page, stay as read.
        var rows = new List<LayoutRow>(document.Rows.Count);
        foreach (var row in document.Rows)
        {
            var read = row.Cells.Where(IsRead).ToList();
            if (read.Count == 0)
            {
                rows.Add(row);
                continue;
            }

            var (finished, lowConfidence) = _finisher.Finish([new LayoutRow(read) { Page = row.Page }]);
            warnings.AddRange(lowConfidence);
            var next = 0;
            var cells = row.Cells.Select(c => IsRead(c) ? finished[0].Cells[next++] : c).ToList();
            rows.Add(new LayoutRow(cells) { Page = row.Page, FollowsBreak = row.FollowsBreak });
        }

        return ReadResult.Success(document with { Rows = rows, Warnings = warnings });
    }

    public void Dispose()
    {
        if (_ownsEngines)
        {
            _engines.Dispose();
        }
    }

    /// <summary>Whether OCR read the cell, or a piece of it.</summary>
    private static bool IsRead(LayoutCell cell) => cell.Origin.Evidence?.Engine is not null;
}
