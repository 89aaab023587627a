using System.Diagnostics;

namespace FormExtract.Benchmarks;

/// <summary>
/// Two pipelines timed on the same files in one process, taking turns file by file in an order that alternates,
/// so that a busy neighbour or a slow minute slows both alike (runs one after the other differ by what the
/// machine did meanwhile as much as by the pipelines). A collection pauses whichever pipeline's turn it falls in,
/// though both filled the heap, so each turn is timed without its pauses, and the pauses are shared out by what
/// each pipeline allocated.
/// </summary>
internal static class TakingTurns
{
    /// <summary>The two pipelines' working time (without collections), allocations and pauses over all files, and the second's overhead block by block (without collections).</summary>
    public sealed record Result(long Files, TimeSpan FirstWorking, TimeSpan SecondWorking, long FirstBytes, long SecondBytes, TimeSpan FirstPauses, TimeSpan SecondPauses, IReadOnlyList<double> BlockOverheads)
    {
        /// <summary>The first pipeline's time with its share of the pauses.</summary>
        public TimeSpan First => FirstWorking + ((FirstPauses + SecondPauses) * (FirstBytes / (double)(FirstBytes + SecondBytes)));

        /// <summary>The second pipeline's time with its share of the pauses.</summary>
        public TimeSpan Second => SecondWorking + ((FirstPauses + SecondPauses) * (SecondBytes / (double)(FirstBytes + SecondBytes)));

        /// <summary>What the second costs over the first, collections' pauses shared by allocation.</summary>
        public double Overhead => (Second / First) - 1;

        /// <summary>The same without any pause.</summary>
        public double OverheadWithoutCollections => (SecondWorking / FirstWorking) - 1;

        /// <summary>The blocks' overhead at a share of their sorted list (0.5: the median).</summary>
        public double Block(double share) => BlockOverheads[(int)Math.Round(share * (BlockOverheads.Count - 1))];
    }

    public static Result Compare(Pipeline first, Pipeline second, IReadOnlyList<byte[]> inputs, int blocks, int filesPerBlock)
    {
        var overheads = new List<double>(blocks);
        long files = 0;
        var working = new TimeSpan[2];
        var bytes = new long[2];
        var pauses = new TimeSpan[2];
        var clock = new Stopwatch();
        for (var b = 0; b < blocks; b++)
        {
            var block = new TimeSpan[2];
            for (var i = 0; i < filesPerBlock; i++, files++)
            {
                var input = inputs[(int)(files % inputs.Count)];
                // Alternate which goes first, so neither always runs on the caches the other warmed.
                foreach (var which in files % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var paused = GC.GetTotalPauseDuration();
                    clock.Restart();
                    (which == 0 ? first : second).Run($"file-{files}.txt", input);
                    clock.Stop();
                    paused = GC.GetTotalPauseDuration() - paused;
                    block[which] += clock.Elapsed - paused;
                    bytes[which] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                    pauses[which] += paused;
                }
            }

            working[0] += block[0];
            working[1] += block[1];
            overheads.Add((block[1] / block[0]) - 1);
        }

        overheads.Sort();
        return new Result(files, working[0], working[1], bytes[0], bytes[1], pauses[0], pauses[1], overheads);
    }
}
