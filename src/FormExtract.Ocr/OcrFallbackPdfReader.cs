using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads born-digital PDFs as <see cref="PdfTableReader"/> does, and the pages whose text layer is garbled
/// (fonts without a usable Unicode map) by OCR, cell by cell inside the boxes the PDF's vector rules give:
/// the good pages keep their exact text, the garbled ones get OCR's reading with its confidence, and a
/// warning names each page read that way. Tesseract engines are made only when such a page is met, once per
/// thread that reads, and disposed with the reader.
/// </summary>
public sealed class OcrFallbackPdfReader : IDocumentReader, IDisposable
{
    private readonly PdfTableReader _pdf;
    private readonly OcrOptions _options;
    private readonly LayoutFinisher _finisher;
    private readonly ThreadLocal<(OcrEngines? Engines, string? Problem)> _engines;

    public OcrFallbackPdfReader()
        : this(PdfReaderOptions.Default, OcrOptions.Default)
    {
    }

    public OcrFallbackPdfReader(PdfReaderOptions pdfOptions, OcrOptions ocrOptions)
    {
        ArgumentNullException.ThrowIfNull(pdfOptions);
        ArgumentNullException.ThrowIfNull(ocrOptions);
        _pdf = new PdfTableReader(pdfOptions);
        _options = ocrOptions;
        _finisher = new LayoutFinisher(ocrOptions);
        _engines = new ThreadLocal<(OcrEngines?, string?)>(() => OcrEngines.Create(ocrOptions), trackAllValues: true);
    }

    public SourceFormat Format => _pdf.Format;

    public bool CanRead(InputFile file) => _pdf.CanRead(file);

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var garbled = new GarbledPageReader(_options, file.Bytes, () => _engines.Value);
        var result = _pdf.Read(file, garbled, cancellationToken);
        if (result.Document is not { } document)
        {
            return result;
        }

        var warnings = document.Warnings.Concat(garbled.Problems).ToList();
        if (garbled.Confidence.Count == 0)
        {
            return warnings.Count == document.Warnings.Count ? result : ReadResult.Success(document with { Warnings = warnings });
        }

        // Cells read by OCR get their confidences (and labels snapped to the template's, as OCR misspells
        // them); cells read from the text layer, even in the same row or on the same page, stay as read.
        var rows = new List<LayoutRow>(document.Rows.Count);
        foreach (var row in document.Rows)
        {
            var read = row.Cells.Where(c => IsRead(c, garbled.Confidence)).ToList();
            if (read.Count == 0)
            {
                rows.Add(row);
                continue;
            }

            var (finished, lowConfidence) = _finisher.Finish([new LayoutRow(read) { Page = row.Page }], garbled.Confidence);
            warnings.AddRange(lowConfidence);
            var next = 0;
            var cells = row.Cells.Select(c => IsRead(c, garbled.Confidence) ? finished[0].Cells[next++] : c).ToList();
            rows.Add(new LayoutRow(cells) { Page = row.Page, FollowsBreak = row.FollowsBreak });
        }

        return ReadResult.Success(document with { Rows = rows, Warnings = warnings });
    }

    public void Dispose()
    {
        foreach (var (engines, _) in _engines.Values)
        {
            engines?.Dispose();
        }

        _engines.Dispose();
    }

    /// <summary>Whether OCR read the cell, or a piece of it (pieces of a cell joined on one page have their boxes united).</summary>
    private static bool IsRead(LayoutCell cell, IReadOnlyDictionary<(int Page, Box Box), double> confidence) =>
        cell.Origin is { Page: { } page, Box: { } box }
        && (confidence.ContainsKey((page, box))
            || confidence.Keys.Any(k => k.Page == page && k.Box.X0 >= box.X0 - 1 && k.Box.X1 <= box.X1 + 1 && k.Box.Y0 >= box.Y0 - 1 && k.Box.Y1 <= box.Y1 + 1));
}
