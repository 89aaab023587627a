namespace FormExtract.Office;

/// <summary>Bounds of the Office readers and of the converter of legacy files, checked once here.</summary>
public sealed record OfficeReaderOptions
{
    public static OfficeReaderOptions Default { get; } = new();

    /// <summary>
    /// Characters of one XML part (a Word body, a sheet, the shared strings) read at most; a larger part fails the
    /// file with <c>office-too-large</c>, so a small compressed file that inflates to gigabytes is refused while it
    /// is read. A Word body of several forms is under 1 MB. Default 128 M characters.
    /// </summary>
    public long MaxPartCharacters { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPartCharacters)); } = 128L * 1024 * 1024;

    /// <summary>
    /// Rows of one workbook read at most, empty ones counted (sheets are streamed, so each costs time, not
    /// memory); the rest are named in <c>xlsx-rows-over-limit</c>. A sheet of 50 forms has about 3,000 rows.
    /// Default 100,000.
    /// </summary>
    public int MaxRows { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRows)); } = 100_000;

    /// <summary>Cells holding a value read from one workbook at most; past it as <see cref="MaxRows"/>. Default 1,000,000.</summary>
    public int MaxCells { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxCells)); } = 1_000_000;

    /// <summary>
    /// Time LibreOffice may take to convert one legacy file; then its processes are killed and the file fails with
    /// <c>office-conversion-failed</c>. A first conversion with a fresh profile takes 3–10 s. Default 120 s.
    /// </summary>
    public TimeSpan ConversionTime { get; init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(ConversionTime)); } = TimeSpan.FromSeconds(120);

    /// <summary>The LibreOffice program run for conversions: a path, or a name looked up on PATH. Default <c>soffice</c>.</summary>
    public string Converter { get; init => field = !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("The converter is named.", nameof(Converter)); } = "soffice";
}
