namespace FormExtract.Core.Model;

/// <summary>
/// What a cell held before a person corrected it (v1.2, additive): the original reading's text and confidence,
/// and when the correction was made (UTC). A cell corrected twice keeps the first reading.
/// </summary>
public sealed record CellCorrection
{
    public required string Text { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }

    public required DateTime CorrectedAt { get; init; }
}
