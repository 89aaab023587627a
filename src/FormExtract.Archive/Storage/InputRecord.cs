namespace FormExtract.Archive.Storage;

/// <summary>One input as a load's manifest records it: its path as given, its hash when its bytes were read.</summary>
public sealed record InputRecord(string Path, string? Sha256, InputOutcome Outcome, string? Error);
