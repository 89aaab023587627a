using System.Runtime;

namespace FormExtract.Benchmarks;

/// <summary>
/// Runs pipelines until the JIT has compiled their hot paths at full optimisation: tiering recompiles a method after
/// repeated calls, in the background, and on one core that work competes with the pipeline for a long while. Goes on
/// until two rounds over the inputs compile nothing more (or a bound of files), so that what is timed next is the
/// steady state of a bulk load.
/// </summary>
internal static class WarmUp
{
    /// <returns>The files read, per pipeline.</returns>
    public static int UntilCompiled(IReadOnlyList<Pipeline> pipelines, IReadOnlyList<byte[]> inputs, int maxFiles = 1000)
    {
        var files = 0;
        var quietRounds = 0;
        while (quietRounds < 2 && files < maxFiles)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            foreach (var input in inputs)
            {
                foreach (var pipeline in pipelines)
                {
                    pipeline.Run("warm-up.txt", input);
                }

                files++;
            }

            quietRounds = JitInfo.GetCompiledMethodCount() == compiledBefore ? quietRounds + 1 : 0;
        }

        return files;
    }
}
