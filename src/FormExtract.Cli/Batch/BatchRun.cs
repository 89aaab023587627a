namespace FormExtract.Cli.Batch;

/// <summary>What a batch did: one outcome per input it finished, and whether a signal stopped it first.</summary>
internal sealed record BatchRun(IReadOnlyList<FileOutcome> Outcomes, bool Interrupted);
