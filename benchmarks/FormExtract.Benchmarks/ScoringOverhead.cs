using System.Diagnostics;
using System.Runtime;

namespace FormExtract.Benchmarks;

/// <summary>
/// What the confidence model adds to reading text, with both pipelines in one process and taking turns file by
/// file: each file is read unscored and scored, in an order that alternates, so a busy neighbour or a slow minute
/// slows both alike. Two headline runs one after the other (throughput, with and without --confidence) differ by
/// what the machine did meanwhile as much as by the model: on a shared virtual machine such pairs ranged from
/// −19% to +76%. A collection pauses whichever pipeline's turn it falls in, though both filled the heap, so
/// each turn's time is taken without its pauses, and the pauses are shared out by what each pipeline
/// allocated. Prints the overhead over all files and the spread of the blocks', and each pipeline's
/// allocations and pauses.
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
        // Warm up both until a round compiles nothing more (see Throughput).
        var quietRounds = 0;
        for (var warmUp = 0; quietRounds < 2 && warmUp < 1000; warmUp += inputs.Length)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            foreach (var input in inputs)
            {
                plain.Run("warm-up.txt", input);
                scored.Run("warm-up.txt", input);
            }

            quietRounds = JitInfo.GetCompiledMethodCount() == compiledBefore ? quietRounds + 1 : 0;
        }

        var overheads = new List<double>(blocks);
        long plainTicks = 0, scoredTicks = 0, plainBytes = 0, scoredBytes = 0, files = 0;
        TimeSpan plainPauses = default, scoredPauses = default;
        var clock = new Stopwatch();
        for (var b = 0; b < blocks; b++)
        {
            long blockPlain = 0, blockScored = 0;
            for (var i = 0; i < filesPerBlock; i++, files++)
            {
                var input = inputs[files % inputs.Length];
                // Alternate which goes first, so neither always runs on the caches the other warmed.
                foreach (var pipeline in files % 2 == 0 ? new[] { plain, scored } : [scored, plain])
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var paused = GC.GetTotalPauseDuration();
                    clock.Restart();
                    pipeline.Run($"file-{files}.txt", input);
                    clock.Stop();
                    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                    paused = GC.GetTotalPauseDuration() - paused;
                    var working = clock.Elapsed - paused;
                    if (ReferenceEquals(pipeline, plain))
                    {
                        blockPlain += working.Ticks;
                        plainBytes += allocated;
                        plainPauses += paused;
                    }
                    else
                    {
                        blockScored += working.Ticks;
                        scoredBytes += allocated;
                        scoredPauses += paused;
                    }
                }
            }

            plainTicks += blockPlain;
            scoredTicks += blockScored;
            overheads.Add((blockScored / (double)blockPlain) - 1);
        }

        overheads.Sort();
        double At(double share) => overheads[(int)Math.Round(share * (overheads.Count - 1))];
        var pauses = plainPauses + scoredPauses;
        var plainTime = TimeSpan.FromTicks(plainTicks) + (pauses * (plainBytes / (double)(plainBytes + scoredBytes)));
        var scoredTime = TimeSpan.FromTicks(scoredTicks) + (pauses * (scoredBytes / (double)(plainBytes + scoredBytes)));
        Console.WriteLine($"{(alike ? "an unscored pipeline against another (the method's own error)" : "confidence model's cost on text")}, interleaved file by file: {blocks} blocks of {filesPerBlock} files (120 forms each)");
        Console.WriteLine($"  unscored {plainTime.TotalMilliseconds / files:F2} ms a file, scored {scoredTime.TotalMilliseconds / files:F2} ms, collections' pauses shared by allocation");
        Console.WriteLine($"  overhead: {(scoredTime / plainTime) - 1:P1} over all files; without collections {(scoredTicks / (double)plainTicks) - 1:P1}, blocks' median {At(0.5):P1}, quartiles {At(0.25):P1} and {At(0.75):P1}, range {overheads[0]:P1} to {overheads[^1]:P1}");
        Console.WriteLine($"  allocated a file: unscored {plainBytes / 1048576.0 / files:F2} MB, scored {scoredBytes / 1048576.0 / files:F2} MB; collections paused the unscored turns {plainPauses.TotalMilliseconds / files:F2} ms a file, the scored {scoredPauses.TotalMilliseconds / files:F2} ms");
    }
}
