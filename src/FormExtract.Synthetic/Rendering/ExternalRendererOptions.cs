namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Where the external renderers are and how long one call may take. Defaults: the Debian binaries on the
/// path (<c>chromium</c>, <c>pdftoppm</c>, <c>convert</c>, <c>img2pdf</c>), two minutes per call, and for a
/// call that handles images 15 seconds more per megapixel it reads or writes (a 300 dpi A4 page is 8.7 MP):
/// on a loaded machine ImageMagick took over two minutes for a few such pages, and a fixed limit then failed
/// the whole corpus.
/// </summary>
public sealed record ExternalRendererOptions
{
    public ExternalRendererOptions(string chromium = "chromium", string pdftoppm = "pdftoppm", string convert = "convert",
        string img2pdf = "img2pdf", TimeSpan? timeout = null, TimeSpan? timeoutPerMegapixel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromium);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdftoppm);
        ArgumentException.ThrowIfNullOrWhiteSpace(convert);
        ArgumentException.ThrowIfNullOrWhiteSpace(img2pdf);
        Timeout = timeout ?? TimeSpan.FromMinutes(2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        TimeoutPerMegapixel = timeoutPerMegapixel ?? TimeSpan.FromSeconds(15);
        ArgumentOutOfRangeException.ThrowIfLessThan(TimeoutPerMegapixel, TimeSpan.Zero);
        Chromium = chromium;
        Pdftoppm = pdftoppm;
        Convert = convert;
        Img2pdf = img2pdf;
    }

    public string Chromium { get; }

    public string Pdftoppm { get; }

    public string Convert { get; }

    public string Img2pdf { get; }

    public TimeSpan Timeout { get; }

    public TimeSpan TimeoutPerMegapixel { get; }

    /// <summary>The limit of one call that handles <paramref name="megapixels"/> of images.</summary>
    public TimeSpan TimeoutFor(double megapixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(megapixels);
        return Timeout + TimeoutPerMegapixel * megapixels;
    }
}
