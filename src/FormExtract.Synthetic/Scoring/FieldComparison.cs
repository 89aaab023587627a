namespace FormExtract.Synthetic.Scoring;

/// <summary>One field of one form compared: its JSON Pointer, kind, both values as text, and the verdict.</summary>
public sealed record FieldComparison(string File, int Form, string Path, FieldKind Kind, string? Expected, string? Actual)
{
    public bool Correct => Expected == Actual;

    /// <summary>
    /// Whether the value is right as its words go: a text differing only in white space counts as right. Where a
    /// printed paragraph wraps just before its next item's number (<c>。2.</c>), no reader can tell the wrap from a
    /// line break, and the words are the same either way; the accuracy reports still count such a text as different.
    /// </summary>
    public bool CorrectInWords => Correct
        || (Kind == FieldKind.Text && Expected is { } expected && Actual is { } actual && WithoutWhiteSpace(expected) == WithoutWhiteSpace(actual));

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The field's pointer in the extracted form, where rows were paired with other indices; null where the extraction has no such row.</summary>
    public string? ActualPath { get; init; } = Path;
}
