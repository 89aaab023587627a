using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads scanned forms (PNG, JPEG, multi-page TIFF, and PDFs whose pages are images) with Tesseract, cell
/// by cell: each page is straightened and binarised, its ruled tables rebuilt with the PDF reader's grid
/// model, each cell recognised inside its rules, and the pages stitched into rows as the PDF reader does.
/// Every cell carries its page, box (pixels of the straightened page) and confidence; low-confidence cells
/// become warnings. Engines are made once per thread that reads, and disposed with the reader.
/// </summary>
public sealed class ImageTableReader : IDocumentReader, IDisposable
{
    public const string UnreadableCode = "image-unreadable";
    public const string UnavailableCode = "ocr-unavailable";
    public const string LowConfidenceCode = "ocr-low-confidence";
    public const string PageTimeoutCode = "ocr-page-timeout";
    public const string NoTableCode = "ocr-no-table";

    private readonly OcrOptions _options;
    private readonly ImageSource _images;
    private readonly PdfImageSource _pdfImages;
    private readonly PagePreparer _preparer;
    private readonly PageRecognizer _recognizer;
    private readonly LayoutFinisher _finisher;
    private readonly LabelSnapper _snapper = new();
    private readonly ThreadLocal<(OcrEngines? Engines, string? Problem)> _engines;

    public ImageTableReader()
        : this(OcrOptions.Default)
    {
    }

    public ImageTableReader(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _images = new ImageSource(options);
        _pdfImages = new PdfImageSource(options, _images);
        _preparer = new PagePreparer(options);
        _recognizer = new PageRecognizer(options);
        _finisher = new LayoutFinisher(options);
        _engines = new ThreadLocal<(OcrEngines?, string?)>(() => OcrEngines.Create(options), trackAllValues: true);
    }

    public SourceFormat Format => SourceFormat.Image;

    /// <summary>Images by their magic bytes; PDFs only when no page has a text layer (a PDF of scans).</summary>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.Bytes.Span[..Math.Min(file.Bytes.Length, 1024)];
        return ImageSource.IsImage(head)
            || (file.Bytes.IsEmpty && file.Extension is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff")
            || (head.IndexOf("%PDF-"u8) >= 0 && PdfImageSource.IsImageOnly(file.Bytes));
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var isPdf = file.Bytes.Span[..Math.Min(file.Bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;
        if (!isPdf && _images.Check(file.Bytes.Span) is { } problem)
        {
            return ReadResult.Fail(UnreadableCode, $"{file.Path}: {problem}.");
        }

        var (engines, unavailable) = _engines.Value;
        if (engines is null)
        {
            return ReadResult.Fail(UnavailableCode, $"{file.Path}: {unavailable}.");
        }

        var warnings = new List<ExtractionWarning>();
        var blocks = new List<IReadOnlyList<PageBlock>>();
        var confidence = new Dictionary<(int Page, Box Box), double>();
        var alternatives = new Dictionary<(int Page, Box Box), IReadOnlyList<string>>();
        double? dpi = null;
        var columns = new ColumnKinds(_snapper);
        foreach (var (image, pageProblem) in isPdf ? _pdfImages.Pages(file.Bytes) : _images.Pages(file.Bytes))
        {
            if (image is null)
            {
                if (blocks.Count == 0)
                {
                    return ReadResult.Fail(UnreadableCode, $"{file.Path}: {pageProblem}.");
                }

                warnings.Add(new ExtractionWarning(UnreadableCode, $"{file.Path}: {pageProblem}; the pages after it were not read."));
                break;
            }

            using (image)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (prepared, prepareProblem) = _preparer.Prepare(image.Number, image.Image, image.Dpi, engines.Orientation);
                if (prepared is null)
                {
                    warnings.Add(new ExtractionWarning(UnreadableCode, $"page {image.Number}: {prepareProblem}.", Page: image.Number));
                    blocks.Add([]);
                    continue;
                }

                using (prepared)
                {
                    dpi ??= prepared.Dpi;
                    var (pageBlocks, pageConfidence, pageAlternatives, complete) = _recognizer.Read(prepared, engines, columns, cancellationToken);
                    if (!complete)
                    {
                        warnings.Add(new ExtractionWarning(PageTimeoutCode, $"page {image.Number}: not finished within {_options.PageTimeBudget.TotalSeconds:0} s; the cells left were not read.", Page: image.Number));
                    }

                    if (!pageBlocks.Any(b => b.Table is not null))
                    {
                        warnings.Add(new ExtractionWarning(NoTableCode, $"page {image.Number}: no ruled table found (not a form, or too faint to see its rules).", Page: image.Number));
                    }

                    foreach (var (box, value) in pageConfidence)
                    {
                        confidence[(image.Number, box)] = value;
                    }

                    foreach (var (box, others) in pageAlternatives)
                    {
                        alternatives[(image.Number, box)] = others;
                    }

                    blocks.Add(pageBlocks);
                }
            }
        }

        var snap = Math.Max(2, _options.SnapInches * (dpi ?? _options.DefaultDpi));
        var rows = new PageTableStitcher(new PdfReaderOptions { SnapTolerance = snap }).Stitch(blocks);
        var (finished, lowConfidence) = _finisher.Finish(rows, confidence);
        warnings.AddRange(lowConfidence);
        return ReadResult.Success(new LayoutDocument(finished) { Pages = blocks.Count, Ocr = true, Warnings = warnings, Alternatives = alternatives });
    }

    public void Dispose()
    {
        foreach (var (engines, _) in _engines.Values)
        {
            engines?.Dispose();
        }

        _engines.Dispose();
    }
}
