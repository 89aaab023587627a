namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How a printed form is scanned: the resolution, whether the scan is degraded (a small rotation, noise,
/// blur, uneven lighting, JPEG artefacts) and the file it is stored as. Scans are grayscale.
/// </summary>
public sealed record ScanStyle
{
    public ScanStyle(string name, int dpi, bool degraded, ScanFormat format)
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
    }

    public string Name { get; }

    public int Dpi { get; }

    public bool Degraded { get; }

    public ScanFormat Format { get; }

    public static IReadOnlyList<ScanStyle> Standard { get; } =
    [
        new("clean-200-png", 200, degraded: false, ScanFormat.Png),
        new("degraded-200-jpeg", 200, degraded: true, ScanFormat.Jpeg),
        new("clean-300-tiff", 300, degraded: false, ScanFormat.Tiff),
        new("degraded-300-pdf", 300, degraded: true, ScanFormat.Pdf),
    ];
}
