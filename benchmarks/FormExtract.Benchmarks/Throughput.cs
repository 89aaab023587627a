using System.Diagnostics;
using System.Runtime;

namespace FormExtract.Benchmarks;

/// <summary>
/// Headline figures on one core: many files, one after another, as a bulk load sees them. Prints forms per
/// second, MB per second, and the process's memory after each quarter of the files: it must stay flat.
/// </summary>
internal static class Throughput
{
    public static void Run(int files, int copiesPerFile, bool scored)
    {
        var pipeline = scored ? Pipeline.Scored() : new Pipeline();
        var inputs = Enumerable.Range(0, 8).Select(seed => VariedCorpus.Make(copiesPerFile, seed)).ToArray();
        // Warm up until the JIT has compiled the hot paths (see WarmUp); the JIT time still spent while measuring is
        // printed beside the figures.
        var warmUp = WarmUp.UntilCompiled([pipeline], inputs);
        var jitBefore = JitInfo.GetCompilationTime();
        long bytes = 0, forms = 0;
        var memory = new List<string>();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < files; i++)
        {
            var input = inputs[i % inputs.Length];
            forms += pipeline.Run($"file-{i}.txt", input).Forms;
            bytes += input.Length;
            if ((i + 1) % Math.Max(1, files / 4) == 0)
            {
                memory.Add($"{i + 1} files: {Environment.WorkingSet / 1048576.0:F0} MB working set, {GC.GetTotalMemory(false) / 1048576.0:F0} MB managed");
            }
        }

        clock.Stop();
        process.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var megabytes = bytes / 1048576.0;
        Console.WriteLine($"text extraction{(scored ? ", scored by the confidence model" : string.Empty)}, one pipeline thread: {files} files, {forms} forms, {megabytes:F1} MB in {seconds:F2} s wall, {cpuSeconds:F2} s CPU");
        Console.WriteLine($"  after {warmUp} files of warm-up; JIT compilation while measuring: {(JitInfo.GetCompilationTime() - jitBefore).TotalSeconds:F2} s");
        Console.WriteLine($"  wall clock: {forms / seconds:F0} forms/s, {megabytes / seconds:F1} MB/s");
        // CPU time is the per-core figure that holds when other work shares the core.
        Console.WriteLine($"  per CPU second: {forms / cpuSeconds:F0} forms/s, {megabytes / cpuSeconds:F1} MB/s");
        foreach (var line in memory)
        {
            Console.WriteLine("  " + line);
        }
    }
}
