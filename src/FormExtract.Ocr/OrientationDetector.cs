using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// Tells how a page was turned when it was scanned (a quarter turn either way, or upside down) with
/// Tesseract's orientation detection (osd.traineddata, Debian's tesseract-ocr-osd), so that the page can be
/// turned upright before its rules are looked for. Costly to create; one per worker, never shared.
/// </summary>
public sealed class OrientationDetector : IDisposable
{
    public const string ModelPackage = "tesseract-ocr-osd";

    /// <summary>
    /// Below this confidence a turn is not believed and the page is read as it is: a page with little text
    /// (a grid with a few figures) gives weak answers either way, and turning an upright page loses all of it.
    /// Tesseract's own automatic rotation asks for a margin of 7; clear pages score above 10.
    /// </summary>
    private const float MinConfidence = 5f;

    private readonly TessApiHandle _api;

    private OrientationDetector(TessApiHandle api) => _api = api;

    /// <summary>A detector from the folder's osd.traineddata, or null when it is not installed (pages are then taken as upright).</summary>
    public static OrientationDetector? Create(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        if (!File.Exists(Path.Combine(dataFolder, "osd.traineddata")))
        {
            return null;
        }

        var api = TessApiHandle.Create();
        if (!Interop.Tesseract.InitOrientation(api, dataFolder))
        {
            api.Dispose();
            return null;
        }

        Interop.Tesseract.SetVariable(api, "debug_file", "/dev/null");
        return new OrientationDetector(api);
    }

    /// <summary>Quarter turns clockwise (0..3) that bring the page upright; 0 when it is upright or the answer is unsure.</summary>
    internal int QuarterTurnsToUpright(PixHandle page, int resolution)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        Interop.Tesseract.SetImage(_api, page, resolution);
        var found = Interop.Tesseract.DetectOrientation(_api);
        Interop.Tesseract.Clear(_api);
        if (found is not var (degrees, confidence) || confidence < MinConfidence)
        {
            return 0;
        }

        return (4 - (((degrees / 90) % 4) + 4) % 4) % 4;
    }

    public void Dispose() => _api.Dispose();
}
