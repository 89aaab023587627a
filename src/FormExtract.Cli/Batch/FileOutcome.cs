namespace FormExtract.Cli.Batch;

/// <summary>
/// What became of one input in a batch. <see cref="WarningFindings"/> counts findings of severity warning
/// (for <c>--fail-on</c>); <see cref="Pages"/> the pages read (1 for a file without pages), for the progress.
/// </summary>
internal sealed record FileOutcome(BatchInput Input, FileStatus Status, int Forms, int Warnings, int ErrorFindings, string? Problem, int WarningFindings = 0, int Pages = 1)
{
    public static FileOutcome Failed(BatchInput input, string problem, int forms = 0) => new(input, FileStatus.Failed, forms, 1, 0, problem);
}
