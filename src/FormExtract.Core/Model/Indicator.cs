using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>One 三级指标 row with the categories it belongs to, resolved even where the form merged them.</summary>
public sealed record Indicator
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Level1 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Level2 { get; init; }

    public required TextCell? Name { get; init; }

    public MeasureCell? Target { get; init; }

    public MeasureCell? Actual { get; init; }

    public NumberCell? Weight { get; init; }

    public NumberCell? Score { get; init; }

    public TextCell? DeviationReason { get; init; }
}
