namespace FormExtract.Ocr;

/// <summary>
/// The engines one worker reads with: Chinese for labels, names and reasons, and English with a whitelist
/// for figures, whose model knows digits and punctuation better than a Chinese one.
/// </summary>
public sealed class OcrEngines : IDisposable
{
    private OcrEngines(TesseractEngine text, TesseractEngine figures, OrientationDetector? orientation)
    {
        Text = text;
        Figures = figures;
        Orientation = orientation;
    }

    public TesseractEngine Text { get; }

    public TesseractEngine Figures { get; }

    /// <summary>Tells a page scanned turned; null when osd.traineddata is not installed (pages are then read as they come).</summary>
    public OrientationDetector? Orientation { get; }

    /// <summary>Both engines, or why they cannot be made (library or models missing, with the package to install).</summary>
    public static (OcrEngines? Engines, string? Problem) Create(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (folder, problem) = TessdataLocator.Find(options.TessdataPath, Environment.GetEnvironmentVariable("TESSDATA_PREFIX"), ["chi_sim", "eng"]);
        if (folder is null)
        {
            return (null, problem);
        }

        var (text, textProblem) = TesseractEngine.Create(folder, "chi_sim");
        if (text is null)
        {
            return (null, textProblem);
        }

        var (figures, figuresProblem) = TesseractEngine.Create(folder, "eng");
        if (figures is null)
        {
            text.Dispose();
            return (null, figuresProblem);
        }

        return (new OcrEngines(text, figures, OrientationDetector.Create(folder)), null);
    }

    /// <summary>Gives both engines the page they read next; <paramref name="photographed"/> for a phone's capture (see <see cref="TesseractEngine.SetPage(Pix, int, bool)"/>).</summary>
    public void SetPage(Pix page, double dpi, bool photographed = false)
    {
        Text.SetPage(page, (int)Math.Round(dpi), photographed);
        Figures.SetPage(page, (int)Math.Round(dpi), photographed);
    }

    /// <summary>Gives both engines a prepared page, the text engine with its ink (see <see cref="TesseractEngine.SetPage(Pix, int, bool, BinaryImage?, bool)"/>).</summary>
    internal void SetPage(PreparedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dpi = (int)Math.Round(page.Dpi);
        Text.SetPage(page.Gray, dpi, page.Photographed, page.Binary, page.Bilevel);
        Figures.SetPage(page.Gray, dpi, page.Photographed);
    }

    public void Dispose()
    {
        Text.Dispose();
        Figures.Dispose();
        Orientation?.Dispose();
    }
}
