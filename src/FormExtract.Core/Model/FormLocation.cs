using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>Where in the input a form sits: pages for PDF and images, first and last line for text.</summary>
public sealed record FormLocation
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Pages { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Lines { get; init; }
}
