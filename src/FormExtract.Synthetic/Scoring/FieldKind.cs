namespace FormExtract.Synthetic.Scoring;

/// <summary>What a compared field holds; accuracy is reported per kind.</summary>
public enum FieldKind
{
    Text,
    Number,
    Measure,
    Category,
}
