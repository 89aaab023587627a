using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>One character as Tesseract read it, with its confidence (0..1) and the other characters its model weighed there.</summary>
public sealed record OcrSymbol(string Text, double Confidence, IReadOnlyList<OcrChoice> Choices)
{
    /// <summary>Where the recogniser placed the character, in pixels of the image it read; null where it placed none.</summary>
    public Box? Bounds { get; init; }
}
