namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a printed form is scanned: the resolution, whether the scan is degraded (a small rotation, noise,
/// blur, uneven lighting, JPEG artefacts), whether it is a phone's photograph instead (<see cref="Camera"/>)
/// and the file it is stored as. Scans are grayscale.
/// </summary>
public sealed record ScanStyle
{
    public ScanStyle(string name, int dpi, bool degraded, ScanFormat format, bool camera = false)
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

    public static IReadOnlyList<ScanStyle> Standard { get; } =
    [
        new("clean-200-png", 200, degraded: false, ScanFormat.Png),
        new("degraded-200-jpeg", 200, degraded: true, ScanFormat.Jpeg),
        new("clean-300-tiff", 300, degraded: false, ScanFormat.Tiff),
        new("degraded-300-pdf", 300, degraded: true, ScanFormat.Pdf),
    ];

    /// <summary>Phone captures, wrapped as image-only PDFs as scanning apps and archives post them.</summary>
    public static IReadOnlyList<ScanStyle> CameraStyles { get; } =
    [
        new("camera-300-pdf", 300, degraded: true, ScanFormat.Pdf, camera: true),
        new("camera-240-pdf", 240, degraded: true, ScanFormat.Pdf, camera: true),
    ];
}
