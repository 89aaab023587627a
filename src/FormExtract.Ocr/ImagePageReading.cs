using FormExtract.Core.Model;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// What OCR made of one page image: its tables and lines top to bottom, the confidence of each cell and line
/// and the other readings of each figure cell by box, the resolution it was read at (null when the image could
/// not be prepared), and what went wrong on it. Boxes are pixels of the prepared page until
/// <see cref="Scaled"/> turns them to another unit.
/// </summary>
internal sealed record ImagePageReading(
    int Number,
    IReadOnlyList<PageBlock> Blocks,
    IReadOnlyDictionary<Box, double> Confidence,
    IReadOnlyDictionary<Box, IReadOnlyList<string>> Alternatives,
    double? Dpi,
    IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>The same reading with every box multiplied by <paramref name="factor"/> (pixels to points: 72 / dpi).</summary>
    public ImagePageReading Scaled(double factor) => this with
    {
        Blocks = Blocks.Select(b => BoxScale.Of(b, factor)).ToList(),
        Confidence = Confidence.ToDictionary(c => BoxScale.Of(c.Key, factor), c => c.Value),
        Alternatives = Alternatives.ToDictionary(a => BoxScale.Of(a.Key, factor), a => a.Value),
    };

    /// <summary>Adds this page's confidences and other readings to a document's, keyed by page and box.</summary>
    public void AddTo(IDictionary<(int Page, Box Box), double> confidence, IDictionary<(int Page, Box Box), IReadOnlyList<string>> alternatives)
    {
        ArgumentNullException.ThrowIfNull(confidence);
        ArgumentNullException.ThrowIfNull(alternatives);
        foreach (var (box, value) in Confidence)
        {
            confidence[(Number, box)] = value;
        }

        foreach (var (box, others) in Alternatives)
        {
            alternatives[(Number, box)] = others;
        }
    }
}
