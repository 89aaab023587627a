using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// A reading's evidence as the cell carries it on: the engine's confidences, the other readings it found plausible,
/// and the page it was read from (its resolution, and whether it came in black and white).
/// </summary>
internal static class OcrEvidence
{
    public static CellEvidence Of(OcrReading reading, PreparedPage page) => new()
    {
        Engine = reading.Confidence,
        WeakestCharacter = reading.Weakest ?? (reading.Symbols is { Count: > 0 } symbols ? symbols.Min(s => s.Confidence) : null),
        Readings = reading.Alternatives ?? [],
        Disputed = reading.Disputed,
        Dpi = page.Dpi,
        Bilevel = page.Bilevel,
        Unread = reading.Unread,
    };
}
