using FormExtract.Core.Model;
using FormExtract.Ocr;

namespace FormExtract.Report;

/// <summary>
/// The crops of one document's cells, cut from its PDF or scan: a cell's box widened by a third of its height
/// so the ruling around the figure shows. Text and HTML sources, and cells without a box, have none.
/// </summary>
public sealed class SourceCrops : IDisposable
{
    private readonly PageCropper? _cropper;
    private readonly SourceFormat _format;
    private readonly HashSet<int> _failedPages = [];

    private SourceCrops(PageCropper? cropper, SourceFormat format)
    {
        _cropper = cropper;
        _format = format;
    }

    /// <summary>Opens the source file for cutting; a file that is missing or unreadable comes back as the problem.</summary>
    public static (SourceCrops Crops, string? Problem) Open(FormDocument document, string? sourceFile, int dpi)
    {
        ArgumentNullException.ThrowIfNull(document);
        var format = document.Source.Format;
        if (format is not (SourceFormat.Pdf or SourceFormat.Image))
        {
            return (new SourceCrops(null, format), null);
        }

        if (sourceFile is null || !File.Exists(sourceFile))
        {
            return (new SourceCrops(null, format), $"the source {document.Source.Path} was not found, so its cells have no crops");
        }

        try
        {
            var bytes = File.ReadAllBytes(sourceFile);
            return (new SourceCrops(format == SourceFormat.Pdf ? PageCropper.ForPdf(bytes, dpi) : PageCropper.ForImage(bytes), format), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (new SourceCrops(null, format), $"the source {sourceFile} cannot be read ({e.Message}), so its cells have no crops");
        }
    }

    /// <summary>The cell's crop as PNG bytes; null with no problem where it has no place on a page, null with the problem where cutting failed.</summary>
    public (byte[]? Png, string? Problem) Crop(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (_cropper is null || cell is not { Page: { } page } || cell.Origin.Box is not { } box || _failedPages.Contains(page))
        {
            return (null, null);
        }

        var margin = Math.Max(box.Height / 3, _format == SourceFormat.Pdf ? 3 : 8);
        var (png, problem) = _cropper.Crop(page, box, margin);
        if (png is null && problem is not null && !problem.Contains("box", StringComparison.Ordinal))
        {
            // The page itself cannot be had: say so once, not for each of its cells.
            _failedPages.Add(page);
        }

        return (png, problem);
    }

    public void Dispose() => _cropper?.Dispose();
}
