using FormExtract.Core.Template;
using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads the scanned pages of one printed PDF (pages with no text layer but an image) by OCR, as the image
/// reader reads a page of a scan (<see cref="ImagePageReader"/>): the page's image taken out (or the page
/// rasterised), prepared, its ruled tables found and each cell read. The boxes are turned from the image's
/// pixels to the page's points at the image's resolution on the page (the image is taken to cover the page,
/// as a scanned page's does; the preparer's small deskew is not undone), so that the page's tables continue
/// those of the printed pages around it, and its cells are placed as theirs are. The columns' kinds are
/// learnt from the headers of the pages before it, printed or scanned. Keeps each reading's confidence and
/// other readings by page and box (points). One per document.
/// </summary>
internal sealed class ScannedPdfPageReader : IScannedPageReader, IDisposable
{
    private const double PointsPerInch = 72;

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly Func<(OcrEngines? Engines, string? Problem)> _engines;
    private readonly PdfImageSource _images;
    private readonly ImagePageReader _pages;
    private readonly LabelSnapper _snapper;
    private readonly TemplateVocabulary _vocabulary;
    private readonly List<ExtractionWarning> _warnings = [];
    private BoundedPdf? _document;

    public ScannedPdfPageReader(ReadOnlyMemory<byte> bytes, Func<(OcrEngines? Engines, string? Problem)> engines, PdfImageSource images, ImagePageReader pages, TemplateVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary;
        _snapper = new LabelSnapper(vocabulary);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(pages);
        _bytes = bytes;
        _engines = engines;
        _images = images;
        _pages = pages;
    }

    /// <summary>What went wrong on the pages read (no table found, time budget spent), and why a page could not be read at all.</summary>
    public IReadOnlyList<ExtractionWarning> Warnings => _warnings;

    public IReadOnlyList<PageBlock>? Read(PageContent page, IReadOnlyList<IReadOnlyList<PageBlock>> before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(before);
        var (engines, unavailable) = _engines();
        if (engines is null)
        {
            return Problem(ImageTableReader.UnavailableCode, page, unavailable);
        }

        if (_document is null)
        {
            var (document, problem) = _images.Open(_bytes);
            if (document is null)
            {
                return Problem(ImageTableReader.UnreadableCode, page, problem);
            }

            _document = document;
        }

        var (image, imageProblem) = _images.Page(_document, _bytes, page.Number);
        if (image is null)
        {
            return Problem(ImageTableReader.UnreadableCode, page, imageProblem);
        }

        using (image)
        {
            // The image's resolution on the page (its width over the page's), which turns its pixels to the
            // page's points, whatever resolution the preparer reads it at.
            if (image.Dpi is not { } dpi)
            {
                return Problem(ImageTableReader.UnreadableCode, page, "its image's size on the page is unknown");
            }

            var read = _pages.Read(image, engines, Columns(before, dpi / PointsPerInch), cancellationToken);
            if (read.Dpi is null)
            {
                _warnings.AddRange(read.Warnings);
                return null;
            }

            var points = read.Scaled(PointsPerInch / dpi);
            _warnings.AddRange(points.Warnings);

            return points.Blocks;
        }
    }

    public void Dispose()
    {
        _document?.Dispose();
        _document = null;
    }

    /// <summary>What the columns hold by the headers of the pages before, top to bottom, their boxes in pixels at the page's resolution.</summary>
    private ColumnKinds Columns(IReadOnlyList<IReadOnlyList<PageBlock>> before, double pixelsPerPoint)
    {
        var columns = new ColumnKinds(_snapper, _vocabulary);
        foreach (var table in before.SelectMany(p => p).Select(b => b.Table).OfType<PageTable>())
        {
            foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            {
                columns.Learn(BoxScale.Of(cell.Box, pixelsPerPoint), cell.Text);
            }
        }

        return columns;
    }

    /// <summary>Reports why the page could not be read; missing engines once per document, as they are missing for every page.</summary>
    private IReadOnlyList<PageBlock>? Problem(string code, PageContent page, string? problem)
    {
        if (code == ImageTableReader.UnavailableCode && _warnings.Any(w => w.Code == code))
        {
            return null;
        }

        _warnings.Add(new ExtractionWarning(code, $"page {page.Number}: it has no text layer and could not be read by OCR instead: {problem}.", Page: page.Number));
        return null;
    }
}
