using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>A text cell: markup removed, wrap artefacts and radicals repaired (OUTPUT.md, "text").</summary>
public sealed record TextCell : Cell
{
    [JsonPropertyOrder(1)]
    public required string Value { get; init; }
}
