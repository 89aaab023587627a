namespace FormExtract.Cli.Batch;

/// <summary>The inputs found, in a stable order, and what was met on the way.</summary>
internal sealed record DiscoveryResult(IReadOnlyList<BatchInput> Inputs, IReadOnlyList<DiscoveryProblem> Problems)
{
    public int Failures => Problems.Count(p => p.IsFailure);
}
