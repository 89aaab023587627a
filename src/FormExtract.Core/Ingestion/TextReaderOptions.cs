namespace FormExtract.Core.Ingestion;

/// <summary>Bounds of the text-dump reader, checked once here.</summary>
public sealed record TextReaderOptions
{
    public static TextReaderOptions Default { get; } = new();

    /// <summary>
    /// Bytes of one text file read at most; a larger file fails with <c>text-too-large</c>. A dump is read whole
    /// and every form of it is built before it is written, which takes about 25 times the text in memory
    /// (8 MB: 280 MB; 31 MB: 790 MB), so the default, 16 MiB (some 6,000 forms; a real dump of 12 forms is
    /// 33 KB), keeps one file near 450 MB and two read at once under 1 GB.
    /// </summary>
    public long MaxBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes)); } = 16L * 1024 * 1024;
}
