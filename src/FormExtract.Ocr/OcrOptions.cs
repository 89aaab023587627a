using FormExtract.Core.Template;

namespace FormExtract.Ocr;

/// <summary>
/// Settings of the scan reader, checked once here. Lengths are in inches of the page, so that they hold at
/// any resolution; the defaults suit forms printed at 9–12 pt and scanned at 150–600 dpi.
/// </summary>
public sealed record OcrOptions
{
    public static OcrOptions Default { get; } = new();

    /// <summary>The words of the layouts the reader steers its readings towards (labels, headings, units). Default: the library's layouts.</summary>
    public TemplateVocabulary Vocabulary { get; init => field = value ?? throw new ArgumentNullException(nameof(Vocabulary)); } = TemplateCatalog.Default.Vocabulary;

    /// <summary>Tesseract's model folder; null: TESSDATA_PREFIX, then Debian's install paths.</summary>
    public string? TessdataPath { get; init; }

    /// <summary>Images with more pixels than this are refused before they are decoded. Default 100 million (nine A4 pages at 300 dpi).</summary>
    public long MaxPixels { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPixels)); } = 100_000_000;

    /// <summary>Pages read from one file at most (a TIFF or PDF). Default 200.</summary>
    public int MaxPages { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPages)); } = 200;

    /// <summary>Time allowed for one page; a page that takes longer is left unread with a warning. Default 120 s.</summary>
    public TimeSpan PageTimeBudget { get; init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(PageTimeBudget)); } = TimeSpan.FromSeconds(120);

    /// <summary>Cells read with less confidence (0..1) are reported as warnings. Default 0.6.</summary>
    public double LowConfidence { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LowConfidence)); } = 0.6;

    /// <summary>A run of ink at least this long may be a rule; letter strokes at 12 pt are shorter. Default 0.18 in.</summary>
    public double MinRuleInches { get; init => field = Positive(value, nameof(MinRuleInches)); } = 0.18;

    /// <summary>Breaks in a rule up to this long are bridged (a faint or noisy scan). Default 0.015 in.</summary>
    public double RuleGapInches { get; init => field = Positive(value, nameof(RuleGapInches)); } = 0.015;

    /// <summary>Rules closer than this are one; ends closer than this meet. Default 0.02 in.</summary>
    public double SnapInches { get; init => field = Positive(value, nameof(SnapInches)); } = 0.02;

    /// <summary>Resolution assumed when the image states none and its width does not suggest one. Default 300.</summary>
    public int DefaultDpi { get; init => field = value is >= 50 and <= 2400 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultDpi)); } = 300;

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be a positive number");
}
