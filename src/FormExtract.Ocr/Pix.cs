using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>An image held by Leptonica (native memory), freed when disposed.</summary>
public sealed class Pix : IDisposable
{
    internal Pix(PixHandle handle)
    {
        Handle = handle;
        (Width, Height, Depth) = Leptonica.Dimensions(handle);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Bits per pixel: 1 for a binarised page, 8 for grayscale.</summary>
    public int Depth { get; }

    internal PixHandle Handle { get; }

    /// <summary>Decodes a PNG, JPEG or TIFF (first page) from memory; null when the bytes are not an image Leptonica can read.</summary>
    public static Pix? Decode(ReadOnlySpan<byte> bytes) => Leptonica.Read(bytes) is { } handle ? new Pix(handle) : null;

    public void Dispose() => Handle.Dispose();
}
