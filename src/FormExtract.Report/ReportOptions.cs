namespace FormExtract.Report;

/// <summary>How a report is made. Checked when set.</summary>
public sealed record ReportOptions
{
    /// <summary>OCR confidence below which a cell is marked for checking (default 0.6, as extraction's).</summary>
    public double LowConfidence { get; init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LowConfidence), value, "must lie in [0, 1]"); } = 0.6;

    /// <summary>Whether PDF and scan sources are cut into crops beside each cell (default on).</summary>
    public bool Crops { get; init; } = true;

    /// <summary>Resolution PDF pages are rendered at for crops (default 110 dpi: figures readable, files small).</summary>
    public int CropDpi { get; init => field = value is >= 50 and <= 600 ? value : throw new ArgumentOutOfRangeException(nameof(CropDpi), value, "must lie in [50, 600]"); } = 110;
}
