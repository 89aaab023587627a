namespace FormExtract.Ocr;

/// <summary>
/// A page ready for reading: the upright page binarised with a local threshold, as the 8 bpp image Tesseract
/// reads (<see cref="Gray"/>) and as bits for finding rules and ink, the resolution, and the turn and skew
/// that were taken out.
/// </summary>
internal sealed class PreparedPage(int number, Pix gray, BinaryImage binary, double dpi, double skew) : IDisposable
{
    public int Number { get; } = number;

    public Pix Gray { get; } = gray;

    public BinaryImage Binary { get; } = binary;

    public double Dpi { get; } = dpi;

    public double Skew { get; } = skew;

    /// <summary>Quarter turns clockwise the page was given to bring it upright (0 when it was scanned upright).</summary>
    public int QuarterTurns { get; init; }

    /// <summary>The page was keystoned and squared (<see cref="PerspectiveCorrector"/>): a phone's capture, not a scan.</summary>
    public bool Photographed { get; init; }

    /// <summary>The page came in black and white, one bit a pixel (a fax, a bilevel scanner's output).</summary>
    public bool Bilevel { get; init; }

    public void Dispose() => Gray.Dispose();
}
