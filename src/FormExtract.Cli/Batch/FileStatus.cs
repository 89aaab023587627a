namespace FormExtract.Cli.Batch;

internal enum FileStatus
{
    Written,
    Skipped,
    Failed,
}
