namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a printed form is scanned: the resolution, whether the scan is degraded (a small rotation, noise,
/// blur, uneven lighting, JPEG artefacts), whether it is a phone's photograph instead (<see cref="Camera"/>),
/// whether it is black and white (<see cref="Bilevel"/>) and the file it is stored as. Other scans are grayscale.
/// </summary>
public sealed record ScanStyle
{
    public ScanStyle(string name, int dpi, bool degraded, ScanFormat format, bool camera = false, bool bilevel = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (dpi is < 72 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Scans are made at 72 to 600 dpi.");
        }

        Name = name;
        Dpi = dpi;
        Degraded = degraded;
        Format = format;
        Camera = camera;
        Bilevel = bilevel;
    }

    public string Name { get; }

    public int Dpi { get; }

    public bool Degraded { get; }

    public ScanFormat Format { get; }

    /// <summary>
    /// A phone's capture rather than a scanner's: the page keystoned (corners moved 10–45 px), slightly turned,
    /// lit from one side (paper from 92% down to 62%), shaken (motion blur), noisy and saved as JPEG quality 60.
    /// </summary>
    public bool Camera { get; }

    /// <summary>
    /// Black and white, one bit a pixel, as a fax or a bilevel scanner gives a page: thresholded after any
    /// degradation (at 45–60% gray, so strokes thin or thicken from page to page) and stored as a Group 4 TIFF.
    /// </summary>
    public bool Bilevel { get; }

    public static IReadOnlyList<ScanStyle> Standard { get; } =
    [
        new("clean-200-png", 200, degraded: false, ScanFormat.Png),
        new("degraded-200-jpeg", 200, degraded: true, ScanFormat.Jpeg),
        new("clean-300-tiff", 300, degraded: false, ScanFormat.Tiff),
        new("degraded-300-pdf", 300, degraded: true, ScanFormat.Pdf),
    ];

    /// <summary>
    /// Coarse scans (<see cref="Corpus.CorpusKind.Coarse"/>): 150 dpi, clean and degraded, and black and white at
    /// 200 and 300 dpi, the pages a cheap scanner, a low setting or a fax gives.
    /// </summary>
    public static IReadOnlyList<ScanStyle> CoarseStyles { get; } =
    [
        new("clean-150-jpeg", 150, degraded: false, ScanFormat.Jpeg),
        new("bilevel-200-tiff", 200, degraded: true, ScanFormat.Tiff, bilevel: true),
        new("degraded-150-pdf", 150, degraded: true, ScanFormat.Pdf),
        new("bilevel-300-tiff", 300, degraded: false, ScanFormat.Tiff, bilevel: true),
    ];

    /// <summary>Phone captures, wrapped as image-only PDFs as scanning apps and archives post them.</summary>
    public static IReadOnlyList<ScanStyle> CameraStyles { get; } =
    [
        new("camera-300-pdf", 300, degraded: true, ScanFormat.Pdf, camera: true),
        new("camera-240-pdf", 240, degraded: true, ScanFormat.Pdf, camera: true),
    ];
}
