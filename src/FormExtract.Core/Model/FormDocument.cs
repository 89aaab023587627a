using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>Everything FormExtract writes for one input file (formextract/document/v1).</summary>
public sealed record FormDocument
{
    public const string SchemaId = "formextract/document/v1";

    public string Schema { get; init; } = SchemaId;

    public required SourceInfo Source { get; init; }

    public IReadOnlyList<Form> Forms { get; init; } = [];

    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];

    /// <summary>All forms' recognised cells against the review threshold (v1.4); absent where none was recognised.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewSummary? Review { get; init; }
}
