namespace FormExtract.Synthetic.Scoring;

/// <summary>One field of one form compared: its JSON Pointer, kind, both values as text, and the verdict.</summary>
public sealed record FieldComparison(string File, int Form, string Path, FieldKind Kind, string? Expected, string? Actual)
{
    public bool Correct => Expected == Actual;

    /// <summary>The field's pointer in the extracted form, where rows were paired with other indices; null where the extraction has no such row.</summary>
    public string? ActualPath { get; init; } = Path;
}
