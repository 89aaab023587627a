using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// Reads one page image by OCR: prepared (<see cref="PagePreparer"/>), its ruled tables found and each cell
/// read (<see cref="PageRecognizer"/>), with a warning when it cannot be prepared, when its time budget runs
/// out, or when no ruled table is found on it. The one page path of scans, PDFs of scans and the scanned
/// pages of a printed PDF.
/// </summary>
internal sealed class ImagePageReader
{
    private readonly OcrOptions _options;
    private readonly PagePreparer _preparer;
    private readonly PageRecognizer _recognizer;

    public ImagePageReader(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _preparer = new PagePreparer(options);
        _recognizer = new PageRecognizer(options);
    }

    /// <summary>
    /// The page's reading, boxes in pixels of the prepared page. <paramref name="columns"/> holds what the
    /// columns of the tables read so far hold (boxes in this image's pixels); the page's own headers are
    /// learnt into it.
    /// </summary>
    public ImagePageReading Read(PageImage image, OcrEngines engines, ColumnKinds columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(columns);
        cancellationToken.ThrowIfCancellationRequested();
        var (prepared, problem) = _preparer.Prepare(image.Number, image.Image, image.Dpi, engines.Orientation);
        if (prepared is null)
        {
            return new ImagePageReading(image.Number, [], null, [new ExtractionWarning(ImageTableReader.UnreadableCode, $"page {image.Number}: {problem}.", Page: image.Number)]);
        }

        using (prepared)
        {
            var warnings = new List<ExtractionWarning>();
            var (blocks, complete) = _recognizer.Read(prepared, engines, columns, cancellationToken);
            if (!complete)
            {
                warnings.Add(new ExtractionWarning(ImageTableReader.PageTimeoutCode, $"page {image.Number}: not finished within {_options.PageTimeBudget.TotalSeconds:0} s; the cells left were not read.", Page: image.Number));
            }

            if (!blocks.Any(b => b.Table is not null))
            {
                warnings.Add(new ExtractionWarning(ImageTableReader.NoTableCode, $"page {image.Number}: no ruled table found (not a form, or too faint to see its rules).", Page: image.Number));
            }

            return new ImagePageReading(image.Number, blocks, prepared.Dpi, warnings);
        }
    }
}
