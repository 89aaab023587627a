namespace FormExtract.Core.Ingestion;

/// <summary>Bounds of the text-dump reader, checked once here.</summary>
public sealed record TextReaderOptions
{
    public static TextReaderOptions Default { get; } = new();

    /// <summary>
    /// Bytes of one text file read at most; a larger file fails with <c>text-too-large</c>. Reading takes
    /// memory of about 20 times the text (every cell of every line, then the forms), so the default, 32 MiB
    /// (some 4,000 forms; a real dump of 12 forms is 60 KB), keeps one file well under 1 GB.
    /// </summary>
    public long MaxBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes)); } = 32L * 1024 * 1024;
}
