namespace FormExtract.Ocr;

/// <summary>One character as Tesseract read it, with its confidence (0..1) and the other characters its model weighed there.</summary>
public sealed record OcrSymbol(string Text, double Confidence, IReadOnlyList<OcrChoice> Choices);
