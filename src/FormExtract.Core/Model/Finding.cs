namespace FormExtract.Core.Model;

/// <summary>
/// An audit finding: a figure on the form that disagrees with what can be recomputed.
/// <see cref="Path"/> is a JSON Pointer into the form, so every finding leads back to its cell.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Path, string? Stated, string? Expected, string Message);
