namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Where the external renderers are and how long one call may take. Defaults: the Debian binaries on the
/// path (<c>chromium</c>, <c>pdftoppm</c>, <c>convert</c>, <c>img2pdf</c>) and two minutes per call.
/// </summary>
public sealed record ExternalRendererOptions
{
    public ExternalRendererOptions(string chromium = "chromium", string pdftoppm = "pdftoppm", string convert = "convert",
        string img2pdf = "img2pdf", TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromium);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdftoppm);
        ArgumentException.ThrowIfNullOrWhiteSpace(convert);
        ArgumentException.ThrowIfNullOrWhiteSpace(img2pdf);
        Timeout = timeout ?? TimeSpan.FromMinutes(2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
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
}
