namespace FormExtract;

/// <summary>
/// How a <see cref="FormExtractor"/> reads, checked here once. Defaults: one extraction per core, OCR on,
/// cells read by OCR with less than 0.6 confidence reported, the default bounds of one file, the time of
/// extraction taken from the system clock.
/// </summary>
public sealed record FormExtractorOptions
{
    public static FormExtractorOptions Default { get; } = new();

    /// <summary>Extractions this extractor runs at once; further calls wait their turn. Default: the processor count.</summary>
    public int Parallelism { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Parallelism), value, "must be at least 1"); } = Environment.ProcessorCount;

    /// <summary>Whether scans and the scanned or garbled pages of PDFs are read by OCR (Tesseract). Default true.</summary>
    public bool Ocr { get; init; } = true;

    /// <summary>Cells read by OCR with less confidence than this (0..1) are reported as warnings. Default 0.6.</summary>
    public double LowConfidence { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LowConfidence), value, "must lie in [0, 1]"); } = 0.6;

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
