using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>A 年度指标值 / 实际完成值 cell.</summary>
public sealed record MeasureCell : Cell
{
    [JsonPropertyOrder(1)]
    public required Measure? Value { get; init; }
}
