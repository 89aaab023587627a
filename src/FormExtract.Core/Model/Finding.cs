using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>
/// An audit finding: a figure on the form that disagrees with what can be recomputed.
/// <see cref="Path"/> is a JSON Pointer into the form, so every finding leads back to its cell.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Path, string? Stated, string? Expected, string Message)
{
    /// <summary>Present when figures the finding rests on were read unsurely (v1.3); <see cref="Severity"/> is then at most a warning.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FindingDoubt? Doubt { get; init; }
}
