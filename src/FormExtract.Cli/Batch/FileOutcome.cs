namespace FormExtract.Cli.Batch;

/// <summary>What became of one input in a batch.</summary>
internal sealed record FileOutcome(BatchInput Input, FileStatus Status, int Forms, int Warnings, int ErrorFindings, string? Problem)
{
    public static FileOutcome Failed(BatchInput input, string problem, int forms = 0) => new(input, FileStatus.Failed, forms, 1, 0, problem);
}
