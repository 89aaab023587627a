using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Office;
using FormExtract.Pdf;

namespace FormExtract;

/// <summary>
/// The bounds of one file, checked here once: how much of a file is read and for how long, and each reader's own
/// bounds (text size, HTML size and nesting, Office parts, rows and conversion time, PDF pages and inflated
/// streams, OCR pixels, pages and time per page). A file past a bound fails (or, for pages, is read in part) with a warning that names the bound. The
/// defaults are the options records' own, set from measured memory and time (README, Limits).
/// </summary>
public sealed record ExtractionLimits
{
    /// <summary>The largest <see cref="FileBytes"/>: one array holds a file.</summary>
    public const long MaxFileBytesCeiling = int.MaxValue - 64;

    public static ExtractionLimits Default { get; } = new();

    /// <summary>Bytes read from one file at most; a larger file fails unread. Default 256 MiB.</summary>
    public long FileBytes
    {
        get;
        init => field = value is > 0 and <= MaxFileBytesCeiling ? value : throw new ArgumentOutOfRangeException(nameof(FileBytes), value, $"must lie in [1, {MaxFileBytesCeiling}]");
    } = 256L * 1024 * 1024;

    /// <summary>
    /// Time the reading of one file may take; then it is stopped and fails alone. Default 30 minutes. Null: no
    /// bound (for a caller that bounds each file's time itself).
    /// </summary>
    public TimeSpan? FileTime
    {
        get;
        init => field = value is null || value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(FileTime), value, "must be positive");
    } = TimeSpan.FromMinutes(30);

    /// <summary>Bounds of the text reader (<see cref="TextReaderOptions.MaxBytes"/>).</summary>
    public TextReaderOptions Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = TextReaderOptions.Default;

    /// <summary>Bounds of the HTML reader (<see cref="HtmlReaderOptions.MaxBytes"/>, <see cref="HtmlReaderOptions.MaxNesting"/>).</summary>
    public HtmlReaderOptions Html { get; init => field = value ?? throw new ArgumentNullException(nameof(Html)); } = HtmlReaderOptions.Default;

    /// <summary>Bounds of the PDF reader, also used when a PDF of scans is opened (<see cref="PdfReaderOptions.MaxPages"/>, <see cref="PdfReaderOptions.MaxStreamBytes"/>).</summary>
    public PdfReaderOptions Pdf { get; init => field = value ?? throw new ArgumentNullException(nameof(Pdf)); } = PdfReaderOptions.Default;

    /// <summary>
    /// Bounds of the Word and Excel readers and of LibreOffice's conversions (<see cref="OfficeReaderOptions.MaxPartCharacters"/>,
    /// <see cref="OfficeReaderOptions.MaxRows"/>, <see cref="OfficeReaderOptions.MaxCells"/>, <see cref="OfficeReaderOptions.ConversionTime"/>).
    /// </summary>
    public OfficeReaderOptions Office { get; init => field = value ?? throw new ArgumentNullException(nameof(Office)); } = OfficeReaderOptions.Default;

    /// <summary>
    /// Bounds of the OCR reader (<see cref="OcrOptions.MaxPixels"/>, <see cref="OcrOptions.MaxPages"/>,
    /// <see cref="OcrOptions.PageTimeBudget"/>); its <see cref="OcrOptions.LowConfidence"/> is replaced by
    /// <see cref="FormExtractorOptions.LowConfidence"/>.
    /// </summary>
    public OcrOptions Ocr { get; init => field = value ?? throw new ArgumentNullException(nameof(Ocr)); } = OcrOptions.Default;
}
