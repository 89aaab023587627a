namespace FormExtract.Ocr;

/// <summary>One page's image as decoded, with the resolution its source states (a PDF page's size), if any.</summary>
internal sealed record PageImage(int Number, Pix Image, double? Dpi) : IDisposable
{
    public void Dispose() => Image.Dispose();
}
