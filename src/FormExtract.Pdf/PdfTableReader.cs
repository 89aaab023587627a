using System.Text.RegularExpressions;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// Reads born-digital PDFs (with a text layer) into table rows: ruled tables cell by cell with their spans
/// (lattice), unruled ones by word alignment (stream), text outside tables as one-cell rows, tables
/// continued across pages stitched back together. Every cell carries its page and box (points, origin
/// top-left). Unreadable files (encrypted, damaged, truncated, empty) are a failure value for that file.
/// </summary>
public sealed partial class PdfTableReader : IDocumentReader
{
    public const string UnreadableCode = "pdf-unreadable";

    /// <summary>Pages past <see cref="PdfReaderOptions.MaxPages"/>, left unread.</summary>
    public const string PagesOverLimitCode = "pdf-pages-over-limit";

    /// <summary>A page whose text layer is garbled: reported, or read by OCR where the caller offers it.</summary>
    public const string GarbledTextCode = TextLayerHealth.GarbledTextCode;

    /// <summary>A page with no text layer: reported, or read by OCR from its image where the caller offers it and other pages have text.</summary>
    public const string NoTextCode = TextLayerHealth.NoTextCode;

    private readonly PdfReaderOptions _options;
    private readonly PdfPageSource _source;
    private readonly IReadOnlyList<ITableReader> _tableReaders;
    private readonly CellTextAssembler _text;
    private readonly TextLayerHealth _health;
    private readonly PageTableStitcher _stitcher;

    public PdfTableReader()
        : this(PdfReaderOptions.Default)
    {
    }

    public PdfTableReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _source = new PdfPageSource(options);
        // Rules are the stronger evidence: word alignment is tried only on a page without ruled tables.
        _tableReaders = [new LatticeTableReader(options), new StreamTableReader(options)];
        _text = new CellTextAssembler(options);
        _health = new TextLayerHealth(options);
        _stitcher = new PageTableStitcher(options);
    }

    public SourceFormat Format => SourceFormat.Pdf;

    /// <summary>A PDF header in the first kilobyte: some producers put junk (or a BOM, or mail headers) before it.</summary>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.Bytes.Span[..Math.Min(file.Bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0 || (file.Bytes.IsEmpty && file.Extension == ".pdf");
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken) => Read(file, null, null, cancellationToken);

    /// <summary>
    /// Reads the file; a page whose text layer is garbled is handed, with the blocks its text layer gave, to
    /// <paramref name="garbledPages"/> to be read another way (OCR) in the boxes the PDF's own rules give. A
    /// page with no text layer but an image, in a document whose other pages have one, is handed to
    /// <paramref name="scannedPages"/>, to be read from its image; a document none of whose pages has text is
    /// a PDF of scans, left whole to the image reader.
    /// </summary>
    internal ReadResult Read(InputFile file, IGarbledPageReader? garbledPages, IScannedPageReader? scannedPages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.IsEmpty)
        {
            return ReadResult.Fail(UnreadableCode, $"{file.Path}: the file is empty (0 bytes).");
        }

        var (pages, pageCount, problem) = _source.Load(file.Bytes, cancellationToken);
        if (pages is null)
        {
            return ReadResult.Fail(UnreadableCode, $"{file.Path}: {problem}.");
        }

        var warnings = new List<ExtractionWarning>();
        if (pageCount > pages.Count)
        {
            warnings.Add(new ExtractionWarning(
                PagesOverLimitCode,
                $"{file.Path}: the document has {pageCount} pages; {(pageCount == pages.Count + 1 ? $"page {pageCount} was" : $"pages {pages.Count + 1}–{pageCount} were")} not read (PdfReaderOptions.MaxPages is {_options.MaxPages}).",
                Page: pages.Count + 1));
        }

        var blocks = new List<IReadOnlyList<PageBlock>>(pages.Count);
        var reread = false;
        var mixed = pages.Any(p => p.Glyphs.Count > 0);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<PageBlock> pageBlocks = ReadPage(page);
            var warning = _health.Inspect(page);
            if (warning?.Code == TextLayerHealth.GarbledTextCode && garbledPages?.Read(page, pageBlocks, cancellationToken) is { } again)
            {
                pageBlocks = again;
                warning = TextLayerHealth.ReadByOcr(page);
                reread = true;
            }
            else if (warning?.Code == TextLayerHealth.NoTextCode && mixed && page.Images > 0 && scannedPages?.Read(page, blocks, cancellationToken) is { } scanned)
            {
                pageBlocks = scanned;
                warning = TextLayerHealth.ScanReadByOcr(page);
                reread = true;
            }

            if (warning is not null)
            {
                warnings.Add(warning);
            }

            blocks.Add(pageBlocks);
        }

        var rows = _stitcher.Stitch(blocks);
        return ReadResult.Success(new LayoutDocument(rows) { Pages = pages.Count, Warnings = warnings, Ocr = reread });
    }

    /// <summary>The page's tables and the text lines outside them, top to bottom.</summary>
    private List<PageBlock> ReadPage(PageContent page)
    {
        IReadOnlyList<PageTable> tables = [];
        foreach (var reader in _tableReaders)
        {
            tables = reader.Read(page);
            if (tables.Count > 0)
            {
                break;
            }
        }

        var margin = _options.SnapTolerance;
        var outside = page.Glyphs.Where(g => !tables.Any(t =>
            g.CenterX >= t.Bounds.X0 - margin && g.CenterX <= t.Bounds.X1 + margin
            && g.CenterY >= t.Bounds.Y0 - margin && g.CenterY <= t.Bounds.Y1 + margin));
        var blocks = tables.Select(PageBlock.Of).ToList();
        foreach (var line in _text.GroupLines(outside))
        {
            var text = _text.LineText(line);
            if (!IsPageFurniture(page, line.Box, text))
            {
                blocks.Add(PageBlock.Line(page.Number, line.Box, text));
            }
        }

        return blocks.OrderBy(b => b.Box.Y0).ThenBy(b => b.Box.X0).ToList();
    }

    /// <summary>A page number in the top or bottom margin is not part of any form and must not split a table.</summary>
    internal static bool IsPageFurniture(PageContent page, Box line, string text) =>
        (line.Y0 > page.Height * 0.9 || line.Y1 < page.Height * 0.1) && PageNumber().IsMatch(text);

    [GeneratedRegex(@"^[\s\-—–_·]*(第\s*)?\d+(\s*页)?(\s*(/|of|共)\s*\d+\s*页?)?[\s\-—–_·]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
