namespace FormExtract;

/// <summary>
/// How a <see cref="FormExtractor"/> reads, checked here once. Defaults: one extraction per core, OCR on, the
/// confidence model that comes with FormExtract, cells read by OCR with less than 0.9 probability of being right
/// reported, the default bounds of one file, the time of extraction taken from the system clock.
/// </summary>
public sealed record FormExtractorOptions
{
    public static FormExtractorOptions Default { get; } = new();

    /// <summary>Extractions this extractor runs at once; further calls wait their turn. Default: the processor count.</summary>
    public int Parallelism { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Parallelism), value, "must be at least 1"); } = Environment.ProcessorCount;

    /// <summary>Whether scans and the scanned or garbled pages of PDFs are read by OCR (Tesseract). Default true.</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>The recogniser's own confidence (0..1) below which the OCR reader tries a cell again, and, with no confidence model, reports it. Default 0.6.</summary>
    public double LowConfidence { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LowConfidence), value, "must lie in [0, 1]"); } = 0.6;

    /// <summary>
    /// The confidence model file that gives every cell (read by OCR or taken as printed) the probability that its
    /// value is right; null keeps the recogniser's own confidence, and printed cells none. Default: <c>models/confidence.zip</c> beside the program, which the
    /// build copies there. A missing or unreadable file is an error when the extractor is made, not a fallback.
    /// </summary>
    public string? ConfidenceModel { get; init; } = DefaultConfidenceModel;

    /// <summary>Where the model that comes with FormExtract lies.</summary>
    public static string DefaultConfidenceModel => Path.Combine(AppContext.BaseDirectory, "models", "confidence.zip");

    /// <summary>
    /// Cells read by OCR whose model confidence is below this (0..1) are counted in each form's <c>review</c> and named
    /// in <c>ocr-low-confidence</c> warnings, to be checked by hand. Default 0.9.
    /// </summary>
    public double ReviewThreshold { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ReviewThreshold), value, "must lie in [0, 1]"); } = 0.9;

    /// <summary>The bounds of one file: bytes, time, and each reader's own. Default <see cref="ExtractionLimits.Default"/>.</summary>
    public ExtractionLimits Limits { get; init => field = value ?? throw new ArgumentNullException(nameof(Limits)); } = ExtractionLimits.Default;

    /// <summary>
    /// The time every document records as its time of extraction, for reproducible output; null: the
    /// <see cref="Clock"/>'s time when the file is read. Kept to whole seconds, in UTC.
    /// </summary>
    public DateTimeOffset? ExtractedAt { get; init; }

    /// <summary>The clock read when <see cref="ExtractedAt"/> is not fixed. Default: the system clock.</summary>
    public TimeProvider Clock { get; init => field = value ?? throw new ArgumentNullException(nameof(Clock)); } = TimeProvider.System;
}
