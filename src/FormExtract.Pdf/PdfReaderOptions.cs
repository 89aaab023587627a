namespace FormExtract.Pdf;

/// <summary>
/// Tolerances of the PDF table reader, in PDF points unless said otherwise. The defaults suit forms printed
/// at 8–12 pt with hairline to 1 pt rules; they are checked once, here.
/// </summary>
public sealed record PdfReaderOptions
{
    public static PdfReaderOptions Default { get; } = new();

    /// <summary>Ruling lines closer than this are one line; ends closer than this meet. Default 2.</summary>
    public double SnapTolerance { get; init => field = Positive(value, nameof(SnapTolerance)); } = 2.0;

    /// <summary>
    /// Grid edges closer than this are one edge: with separate cell borders (HTML's default) every rule is
    /// drawn twice, a couple of points apart, and no real row or column is this narrow. Default 4.
    /// </summary>
    public double MinCellSize { get; init => field = Positive(value, nameof(MinCellSize)); } = 4.0;

    /// <summary>A filled rectangle thinner than this is a rule, not a shaded area. Default 2.5.</summary>
    public double MaxRuleThickness { get; init => field = Positive(value, nameof(MaxRuleThickness)); } = 2.5;

    /// <summary>Shorter segments are dropped (text decorations, glyph strokes). Default 3.</summary>
    public double MinRuleLength { get; init => field = Positive(value, nameof(MinRuleLength)); } = 3.0;

    /// <summary>
    /// Share (0..1) of a cell border that must be drawn for the border to separate two cells; less means
    /// the cells are merged. Default 0.5.
    /// </summary>
    public double BorderCoverage { get; init => field = Fraction(value, nameof(BorderCoverage)); } = 0.5;

    /// <summary>Letters whose baselines differ by less than this share of the font size are on one line. Default 0.4.</summary>
    public double BaselineTolerance { get; init => field = Fraction(value, nameof(BaselineTolerance)); } = 0.4;

    /// <summary>A horizontal gap wider than this share of the font size is a space between words. Default 0.25.</summary>
    public double WordGap { get; init => field = Positive(value, nameof(WordGap)); } = 0.25;

    /// <summary>In a table without rules, a gap wider than this share of the font size separates columns. Default 0.8.</summary>
    public double ColumnGap { get; init => field = Positive(value, nameof(ColumnGap)); } = 0.8;

    /// <summary>Letters that cannot be read (private-use, U+FFFD, cid codes, no Unicode) on a page before it is reported. Default 3.</summary>
    public int GarbledLetterThreshold { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(GarbledLetterThreshold)); } = 3;

    /// <summary>
    /// Pages read from one document at most; the pages past it are left unread with a <c>pdf-pages-over-limit</c>
    /// warning. Default 1,000 (the page contents are held until the document is laid out: about 0.25 MB a page).
    /// </summary>
    public int MaxPages { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPages)); } = 1000;

    /// <summary>
    /// Bytes one compressed (Flate) stream may inflate to; a document with a larger one fails with
    /// <c>pdf-unreadable</c> before the stream is held. Default 128 MiB (an A4 page scanned at 600 dpi in colour
    /// is about 100 MB).
    /// </summary>
    public long MaxStreamBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStreamBytes)); } = 128L * 1024 * 1024;

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be a positive number");

    private static double Fraction(double value, string name) =>
        value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "must lie in (0, 1]");
}
