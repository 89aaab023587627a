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
/// become warnings. Engines are made once per thread that reads (<see cref="WorkerEngines"/>), shared with
/// other readers when given.
/// </summary>
public sealed class ImageTableReader : IDocumentReader, IDisposable
{
    public const string UnreadableCode = "image-unreadable";
    public const string UnavailableCode = "ocr-unavailable";
    public const string LowConfidenceCode = "ocr-low-confidence";
    public const string UnreadCode = "ocr-unread";
    public const string PageTimeoutCode = "ocr-page-timeout";
    public const string NoTableCode = "ocr-no-table";

    private readonly OcrOptions _options;
    private readonly ImageSource _images;
    private readonly PdfImageSource _pdfImages;
    private readonly PdfReaderOptions _pdfOptions;
    private readonly ImagePageReader _pages;
    private readonly LayoutFinisher _finisher;
    private readonly LabelSnapper _snapper;
    private readonly WorkerEngines _engines;
    private readonly bool _ownsEngines;

    public ImageTableReader()
        : this(OcrOptions.Default)
    {
    }

    /// <param name="options">How pages are prepared and read.</param>
    /// <param name="engines">Engines shared with other readers, which the caller disposes; null to own a set.</param>
    /// <param name="pdfOptions">How PDFs of scans are opened (the stream budget); null for the defaults.</param>
    public ImageTableReader(OcrOptions options, WorkerEngines? engines = null, PdfReaderOptions? pdfOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _pdfOptions = pdfOptions ?? PdfReaderOptions.Default;
        _images = new ImageSource(options);
        _pdfImages = new PdfImageSource(options, _images, _pdfOptions);
        _pages = new ImagePageReader(options);
        _snapper = new LabelSnapper(options.Vocabulary);
        _finisher = new LayoutFinisher(options);
        (_engines, _ownsEngines) = engines is null ? (new WorkerEngines(options), true) : (engines, false);
    }

    public SourceFormat Format => SourceFormat.Image;

    /// <summary>Images by their magic bytes; PDFs only when no page has a text layer (a PDF of scans).</summary>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.Bytes.Span[..Math.Min(file.Bytes.Length, 1024)];
        return ImageSource.IsImage(head)
            || (file.Bytes.IsEmpty && file.Extension is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff")
            || (head.IndexOf("%PDF-"u8) >= 0 && PdfImageSource.IsImageOnly(file.Bytes, _pdfOptions));
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var isPdf = file.Bytes.Span[..Math.Min(file.Bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;
        if (!isPdf && _images.Check(file.Bytes.Span) is { } problem)
        {
            return ReadResult.Fail(UnreadableCode, $"{file.Path}: {problem}.");
        }

        var (engines, unavailable) = _engines.Current;
        if (engines is null)
        {
            return ReadResult.Fail(UnavailableCode, $"{file.Path}: {unavailable}.");
        }

        var warnings = new List<ExtractionWarning>();
        var blocks = new List<IReadOnlyList<PageBlock>>();
        double? dpi = null;
        var columns = new ColumnKinds(_snapper, _options.Vocabulary);
        var problems = new List<ExtractionWarning>();
        foreach (var (image, number, pageProblem) in isPdf ? _pdfImages.Pages(file.Bytes) : _images.Pages(file.Bytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (image is null)
            {
                // One bad page costs that page: the others are read, and the warning names it.
                var where = isPdf || ImageSource.IsTiff(file.Bytes.Span) ? $"page {number}: " : string.Empty;
                problems.Add(new ExtractionWarning(UnreadableCode, $"{file.Path}: {where}{pageProblem}.", Page: number));
                continue;
            }

            using (image)
            {
                var page = _pages.Read(image, engines, columns, cancellationToken);
                dpi ??= page.Dpi;
                warnings.AddRange(page.Warnings);

                blocks.Add(page.Blocks);
            }
        }

        if (blocks.Count == 0)
        {
            return problems.Count switch
            {
                0 => ReadResult.Fail(UnreadableCode, $"{file.Path}: it holds no page."),
                1 => ReadResult.Fail(problems[0].Code, problems[0].Message, problems[0].Page),
                _ => ReadResult.Fail(UnreadableCode, $"{file.Path}: no page could be read: {string.Join("; ", problems.Select(p => p.Message[(file.Path.Length + 2)..].TrimEnd('.')))}."),
            };
        }

        warnings.InsertRange(0, problems);
        var snap = Math.Max(2, _options.SnapInches * (dpi ?? _options.DefaultDpi));
        var rows = new PageTableStitcher(new PdfReaderOptions { SnapTolerance = snap }).Stitch(blocks);
        var (finished, lowConfidence) = _finisher.Finish(rows);
        warnings.AddRange(lowConfidence);
        return ReadResult.Success(new LayoutDocument(finished) { Pages = blocks.Count, Ocr = true, Warnings = warnings });
    }

    public void Dispose()
    {
        if (_ownsEngines)
        {
            _engines.Dispose();
        }
    }
}
