namespace FormExtract.Ocr;

/// <summary>What Tesseract read in one region: the text (trimmed) and its mean confidence, 0..1.</summary>
public readonly record struct OcrReading(string Text, double Confidence)
{
    public static OcrReading Empty => new(string.Empty, 1);
}
