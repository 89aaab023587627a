using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>A reading's evidence as the cell carries it on: the engine's confidences and the other readings it found plausible.</summary>
internal static class OcrEvidence
{
    public static CellEvidence Of(OcrReading reading) => new()
    {
        Engine = reading.Confidence,
        WeakestCharacter = reading.Weakest ?? (reading.Symbols is { Count: > 0 } symbols ? symbols.Min(s => s.Confidence) : null),
        Readings = reading.Alternatives ?? [],
        Disputed = reading.Disputed,
    };
}
