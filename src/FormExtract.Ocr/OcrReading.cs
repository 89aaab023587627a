namespace FormExtract.Ocr;

/// <summary>What Tesseract read in one region: the text (trimmed) and its mean confidence, 0..1.</summary>
public readonly record struct OcrReading(string Text, double Confidence)
{
    public static OcrReading Empty => new(string.Empty, 1);

    /// <summary>A cell with ink that neither recogniser read as anything (<see cref="Unread"/>).</summary>
    public static OcrReading UnreadInk => new(string.Empty, 0) { Unread = true };

    /// <summary>
    /// Ink stood in the cell, more than specks, but no reading was left of it: the cell is not blank, its value is
    /// unknown. A figure read as nothing must still hold its column, or the row's other figures shift into it.
    /// </summary>
    public bool Unread { get; init; }

    /// <summary>The characters read, each with the recogniser's other choices; null where they were not asked for.</summary>
    public IReadOnlyList<OcrSymbol>? Symbols { get; init; }

    /// <summary>
    /// The lowest confidence of any one character read, 0..1; null where nothing was recognised. Kept apart from
    /// <see cref="Symbols"/>, which later steps drop once they have used them.
    /// </summary>
    public double? Weakest { get; init; }

    /// <summary>Other readings of a figure that the page may support, most likely first; null for text.</summary>
    public IReadOnlyList<string>? Alternatives { get; init; }

    /// <summary>The other recogniser's reading of a figure where it read another figure; null where they agreed or one alone read it.</summary>
    public string? Disputed { get; init; }
}
