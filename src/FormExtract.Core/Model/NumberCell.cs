using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>A number or rate cell; <see cref="Value"/> is null where the text holds no number (a dash).</summary>
public sealed record NumberCell : Cell
{
    [JsonPropertyOrder(1)]
    public required decimal? Value { get; init; }
}
