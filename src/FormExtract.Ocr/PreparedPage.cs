namespace FormExtract.Ocr;

/// <summary>
/// A page ready for reading: the upright, evenly lit grayscale image Tesseract reads, its binarised copy
/// for finding rules and ink, the resolution, and the skew that was taken out (degrees).
/// </summary>
internal sealed class PreparedPage(int number, Pix gray, BinaryImage binary, double dpi, double skew) : IDisposable
{
    public int Number { get; } = number;

    public Pix Gray { get; } = gray;

    public BinaryImage Binary { get; } = binary;

    public double Dpi { get; } = dpi;

    public double Skew { get; } = skew;

    public void Dispose() => Gray.Dispose();
}
