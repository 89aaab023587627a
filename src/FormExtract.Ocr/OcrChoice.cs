namespace FormExtract.Ocr;

/// <summary>A character the recogniser weighed for one place, with its confidence (0..1).</summary>
public readonly record struct OcrChoice(string Text, double Confidence);
