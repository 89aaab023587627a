using UglyToad.PdfPig;

namespace FormExtract.Pdf;

/// <summary>
/// A PDF opened by PdfPig (leniently) with every Flate stream bounded by
/// <see cref="PdfReaderOptions.MaxStreamBytes"/>; every reader of PDFs, text layer or scans, opens them here.
/// <see cref="LimitProblem"/> says why a stream was refused, if one was.
/// </summary>
public sealed class BoundedPdf : IDisposable
{
    private readonly BoundedFilterProvider _filters;

    private BoundedPdf(PdfDocument document, BoundedFilterProvider filters)
    {
        Document = document;
        _filters = filters;
    }

    public PdfDocument Document { get; }

    public string? LimitProblem => _filters.Exceeded;

    /// <summary>Opens the bytes; throws what PdfPig throws for a file it cannot open.</summary>
    public static BoundedPdf Open(ReadOnlyMemory<byte> bytes, PdfReaderOptions options, bool clipPaths = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new BoundedFilterProvider(options.MaxStreamBytes);
        var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, ClipPaths = clipPaths, FilterProvider = filters });
        return new BoundedPdf(document, filters);
    }

    public void Dispose() => Document.Dispose();
}
