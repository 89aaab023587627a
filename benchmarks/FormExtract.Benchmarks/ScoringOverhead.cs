namespace FormExtract.Benchmarks;

/// <summary>
/// What the confidence model adds to reading the headline's text files, with both pipelines in one process taking
/// turns file by file (<see cref="TakingTurns"/>). Two headline runs one after the other (throughput, with and
/// without --confidence) differ by what the machine did meanwhile as much as by the model: on a shared virtual
/// machine such pairs ranged from −19% to +76%. Prints the overhead over all files and the spread of the
/// blocks', and each pipeline's allocations and pauses.
/// </summary>
internal static class ScoringOverhead
{
    /// <param name="blocks">How many blocks of files to time.</param>
    /// <param name="filesPerBlock">Files a block; each block gives one figure of the overhead.</param>
    /// <param name="alike">Time the unscored pipeline against a second unscored one: the method's own error, which should be near 0.</param>
    public static void Run(int blocks, int filesPerBlock, bool alike)
    {
        var plain = new Pipeline();
        var scored = alike ? new Pipeline() : Pipeline.Scored();
        var inputs = Enumerable.Range(0, 8).Select(seed => VariedCorpus.Make(10, seed)).ToArray();
        WarmUp.UntilCompiled([plain, scored], inputs);
        var result = TakingTurns.Compare(plain, scored, inputs, blocks, filesPerBlock);
        var files = result.Files;
        Console.WriteLine($"{(alike ? "an unscored pipeline against another (the method's own error)" : "confidence model's cost on text")}, interleaved file by file: {blocks} blocks of {filesPerBlock} files (120 forms each)");
        Console.WriteLine($"  unscored {result.First.TotalMilliseconds / files:F2} ms a file, scored {result.Second.TotalMilliseconds / files:F2} ms, collections' pauses shared by allocation");
        Console.WriteLine($"  overhead: {result.Overhead:P1} over all files; without collections {result.OverheadWithoutCollections:P1}, blocks' median {result.Block(0.5):P1}, quartiles {result.Block(0.25):P1} and {result.Block(0.75):P1}, range {result.Block(0):P1} to {result.Block(1):P1}");
        Console.WriteLine($"  allocated a file: unscored {result.FirstBytes / 1048576.0 / files:F2} MB, scored {result.SecondBytes / 1048576.0 / files:F2} MB; collections paused the unscored turns {result.FirstPauses.TotalMilliseconds / files:F2} ms a file, the scored {result.SecondPauses.TotalMilliseconds / files:F2} ms");
    }
}
