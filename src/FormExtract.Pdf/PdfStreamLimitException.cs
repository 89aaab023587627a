namespace FormExtract.Pdf;

/// <summary>A PDF stream would inflate past <see cref="PdfReaderOptions.MaxStreamBytes"/>: a fault of the file, met inside PdfPig.</summary>
public sealed class PdfStreamLimitException : Exception
{
    public PdfStreamLimitException()
    {
    }

    public PdfStreamLimitException(string message)
        : base(message)
    {
    }

    public PdfStreamLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
