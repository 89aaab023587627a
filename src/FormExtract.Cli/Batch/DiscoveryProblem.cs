namespace FormExtract.Cli.Batch;

/// <summary>
/// Something met while looking for inputs: a failure (an input asked for that cannot be found or a folder that
/// cannot be listed: the run fails) or a skip (a FIFO, a device, a link already followed: not an input).
/// </summary>
internal sealed record DiscoveryProblem(string Path, string Reason, bool IsFailure)
{
    public static DiscoveryProblem Failure(string path, string reason) => new(path, reason, true);

    public static DiscoveryProblem Skip(string path, string reason) => new(path, reason, false);
}
