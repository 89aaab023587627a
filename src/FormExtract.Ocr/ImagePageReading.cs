using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// What OCR made of one page image: its tables and lines top to bottom, each cell and line with its reading's
/// evidence, the resolution it was read at (null when the image could not be prepared), and what went wrong on
/// it. Boxes are pixels of the prepared page until <see cref="Scaled"/> turns them to another unit.
/// </summary>
internal sealed record ImagePageReading(
    int Number,
    IReadOnlyList<PageBlock> Blocks,
    double? Dpi,
    IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>The same reading with every box multiplied by <paramref name="factor"/> (pixels to points: 72 / dpi).</summary>
    public ImagePageReading Scaled(double factor) => this with { Blocks = Blocks.Select(b => BoxScale.Of(b, factor)).ToList() };
}
