namespace FormExtract.Core.Model;

/// <summary>Another reading of a cell (by its JSON Pointer) that the recogniser found plausible.</summary>
public sealed record DoubtReading(string Path, string Text);
