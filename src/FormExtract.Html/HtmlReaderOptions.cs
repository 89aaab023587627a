namespace FormExtract.Html;

/// <summary>Bounds of the HTML reader, checked once here.</summary>
public sealed record HtmlReaderOptions
{
    public static HtmlReaderOptions Default { get; } = new();

    /// <summary>
    /// Elements open inside one another at most; a deeper page fails with <c>html-too-deep</c> before it is
    /// parsed, since parsing time grows with the square of the depth (100,000 levels took minutes). Real pages,
    /// Word and WPS exports included, stay under 100. Default 1,000.
    /// </summary>
    public int MaxNesting { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxNesting)); } = 1000;

    /// <summary>
    /// Bytes of one page read at most; a larger page fails with <c>html-too-large</c>. The page's DOM and forms
    /// take about 45 times the page in memory (8 MB of tables: 360 MB); a Word export of a few forms is 1–3 MB.
    /// Default 8 MiB.
    /// </summary>
    public long MaxBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes)); } = 8L * 1024 * 1024;
}
