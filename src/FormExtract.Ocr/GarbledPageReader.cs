using FormExtract.Core.Model;
using FormExtract.Ocr.Interop;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads the garbled parts of the pages of one PDF whose text layer is garbled by OCR, cell by cell: the page
/// is rendered, and each cell of the tables the PDF's vector rules drew that holds an unreadable letter is
/// recognised inside its exact box (points turned to pixels), as is each such line of text outside the
/// tables, where the PDF placed it. Cells whose letters all read keep the text layer's exact text (a few
/// symbol-font bullets do not cost a page its text); the grid, spans and order stay the PDF reader's. Keeps
/// each reading's confidence by page and box. One per document: it learns the columns' kinds from their
/// headers as the pages are read.
/// </summary>
internal sealed class GarbledPageReader : IGarbledPageReader, IDisposable
{
    /// <summary>Rendering resolution: the scan reader's figures were measured on 200–300 dpi pages.</summary>
    private const int RenderDpi = 300;

    /// <summary>A rendered page whose shape differs more than this from the page the reader measured is turned another way.</summary>
    private const double ShapeTolerance = 0.02;

    private readonly OcrOptions _options;
    private readonly Func<(OcrEngines? Engines, string? Problem)> _engines;
    private readonly PdfPageRenderer _renderer;
    private readonly ColumnKinds _columns;
    private readonly UnitSnapper _units;
    private readonly List<ExtractionWarning> _problems = [];

    public GarbledPageReader(OcrOptions options, ReadOnlyMemory<byte> bytes, Func<(OcrEngines? Engines, string? Problem)> engines)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engines);
        _options = options;
        _columns = new ColumnKinds(new LabelSnapper(options.Vocabulary), options.Vocabulary);
        _units = new UnitSnapper(options.Vocabulary);
        _engines = engines;
        _renderer = new PdfPageRenderer(bytes, RenderDpi);
    }

    /// <summary>Why garbled pages could not be read by OCR (engines or renderer missing), at most once each.</summary>
    public IReadOnlyList<ExtractionWarning> Problems => _problems;

    public IReadOnlyList<PageBlock>? Read(PageContent page, IReadOnlyList<PageBlock> blocks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(blocks);
        var unreadable = page.Glyphs.Where(g => TextLayerHealth.IsGarbled(g.Value)).ToList();
        bool Spoilt(Box box) => unreadable.Any(g => g.CenterX >= box.X0 && g.CenterX <= box.X1 && g.CenterY >= box.Y0 && g.CenterY <= box.Y1);
        if (!blocks.Any(b => b.Table is { } t ? t.Cells.Any(c => Spoilt(c.Box)) : Spoilt(b.Box)))
        {
            return null;
        }

        var (engines, unavailable) = _engines();
        if (engines is null)
        {
            return Problem(ImageTableReader.UnavailableCode, page, unavailable);
        }

        var (width, height) = ((long)Math.Ceiling(page.Width / 72 * RenderDpi), (long)Math.Ceiling(page.Height / 72 * RenderDpi));
        if (width * height > _options.MaxPixels)
        {
            return Problem(ImageTableReader.UnreadableCode, page, $"rendered at {RenderDpi} dpi it would be {width}×{height} pixels, more than the {_options.MaxPixels:N0} allowed (OcrOptions.MaxPixels)");
        }

        var (image, renderProblem) = _renderer.Render(page.Number);
        if (image is null)
        {
            return Problem(ImageTableReader.UnreadableCode, page, renderProblem);
        }

        using (image)
        {
            var scale = image.Width / page.Width;
            if (Math.Abs((image.Height / (double)image.Width) - (page.Height / page.Width)) > ShapeTolerance * page.Height / page.Width)
            {
                return Problem(ImageTableReader.UnreadableCode, page, "its text runs sideways on the rendered page");
            }

            using var prepared = Prepare(page.Number, image, _renderer.Dpi);
            if (prepared is null)
            {
                return Problem(ImageTableReader.UnreadableCode, page, "its rendering could not be binarised");
            }

            engines.SetPage(prepared);
            var reader = new CellReader(engines, prepared, _options.LowConfidence, _units, _columns);
            var snap = Math.Max(2, _options.SnapInches * prepared.Dpi);
            var read = new List<PageBlock>(blocks.Count);
            foreach (var block in blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (block.Table is { } table)
                {
                    read.Add(PageBlock.Of(ReadTable(table, Spoilt, reader, scale, snap)));
                }
                else if (!Spoilt(block.Box))
                {
                    read.Add(block);
                }
                else if (ReadLine(page, block, reader, scale) is { } line)
                {
                    read.Add(line);
                }
            }

            return read;
        }
    }

    public void Dispose() => _renderer.Dispose();

    /// <summary>
    /// Each spoilt cell read inside its rules, row by row so that a column's header (read, or taken from the
    /// text layer) is known before the cells under it.
    /// </summary>
    private PageTable ReadTable(PageTable table, Func<Box, bool> spoilt, CellReader reader, double scale, double snap)
    {
        var cells = new List<TableCell>(table.Cells.Count);
        foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            var pixels = BoxScale.Of(cell.Box, scale);
            if (!spoilt(cell.Box))
            {
                _columns.Learn(pixels, cell.Text);
                cells.Add(cell);
                continue;
            }

            var reading = reader.Read(pixels, snap * 1.25, _columns.KindOf(pixels, snap * 2.5));
            _columns.Learn(pixels, reading.Text);
            cells.Add(new TableCell(cell.Row, cell.Column, reading.Text, cell.Box)
            {
                Evidence = OcrEvidence.Of(reading, reader.Page),
                RowSpan = cell.RowSpan,
                ColumnSpan = cell.ColumnSpan,
                OpenTop = cell.OpenTop,
                OpenBottom = cell.OpenBottom,
            });
        }

        return table with { Cells = cells };
    }

    /// <summary>
    /// A line outside the tables, read where its letters are, with white around it (Tesseract misreads glyphs
    /// that touch the edge of its rectangle); null when nothing is read there or it is a page number.
    /// </summary>
    private PageBlock? ReadLine(PageContent page, PageBlock block, CellReader reader, double scale)
    {
        var box = block.Box;
        var pad = box.Y1 - box.Y0;
        var around = new Box(Math.Max(0, box.X0 - pad), Math.Max(0, box.Y0 - (pad * 0.25)), Math.Min(page.Width, box.X1 + pad), Math.Min(page.Height, box.Y1 + (pad * 0.25)));
        var reading = reader.Read(BoxScale.Of(around, scale), 0, CellKind.Text);
        if (reading.Text.Length == 0 || PdfTableReader.IsPageFurniture(page, box, reading.Text))
        {
            return null;
        }

        return PageBlock.Line(block.Page, box, reading.Text, OcrEvidence.Of(reading, reader.Page));
    }

    /// <summary>
    /// The rendered page ready for reading: grayscale and binarised as a scan is, but not deskewed or
    /// flattened, since a rendered page is straight and evenly white, and the PDF's boxes must stay on it.
    /// </summary>
    private static PreparedPage? Prepare(int number, Pix image, int dpi)
    {
        var gray = Leptonica.ConvertTo8(image.Handle);
        if (gray is null)
        {
            return null;
        }

        var page = new Pix(gray);
        using var binary = Leptonica.SauvolaBinarize(gray, Math.Max(7, dpi / 12), 0.34f, Tiles(page.Width), Tiles(page.Height));
        if (binary is null)
        {
            page.Dispose();
            return null;
        }

        var words = Leptonica.CopyWords(binary, out var wordsPerLine);
        return new PreparedPage(number, page, new BinaryImage(words, wordsPerLine, page.Width, page.Height), dpi, 0);
    }

    private static int Tiles(int length) => Math.Max(1, (length + 1999) / 2000);

    private IReadOnlyList<PageBlock>? Problem(string code, PageContent page, string? problem)
    {
        if (!_problems.Any(p => p.Code == code))
        {
            _problems.Add(new ExtractionWarning(code, $"page {page.Number}: its text layer is garbled and it could not be read by OCR instead: {problem}.", Page: page.Number));
        }

        return null;
    }
}
