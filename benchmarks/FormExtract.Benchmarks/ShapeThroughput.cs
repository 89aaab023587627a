using System.Diagnostics;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Shapes;

namespace FormExtract.Benchmarks;

/// <summary>
/// The text pipeline's speed per text shape on one core: the same generated national forms written in each shape
/// (two forms a file, as the accuracy runs write them), read again and again for a fixed processor time.
/// </summary>
internal static class ShapeThroughput
{
    private const int Files = 40;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public static void Run(bool withConfidence = false)
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: 17, formCount: Files * 2, errorFraction: 0.3, layout: SyntheticLayouts.NationalForShapes)).Generate();
        var pipeline = new Pipeline();
        var shapes = TextShapes.All.Select(shape =>
        {
            var random = new Random(11);
            return (Shape: shape, Inputs: forms.Chunk(2).Select(pair => new ShapeRenderer(shape).Render(pair, random).File.Bytes.ToArray()).ToArray());
        }).ToArray();
        // Warm up on every shape before measuring any, until the JIT has optimised the paths all of them share.
        for (var round = 0; round < 3; round++)
        {
            foreach (var input in shapes.SelectMany(s => s.Inputs))
            {
                pipeline.Run("warm-up.txt", input);
            }
        }

        Console.WriteLine("text extraction per shape, one pipeline thread (per CPU second):");
        foreach (var (shape, inputs) in shapes)
        {
            var (mb, perSecond) = Measure(pipeline, inputs);
            Console.WriteLine($"  {TextShapes.NameOf(shape),-14} {mb,6:F1} MB/s  {perSecond,6:F0} forms/s  ({inputs.Average(i => i.Length) / 1024.0:F1} KB a file)");
        }

        if (!withConfidence)
        {
            return;
        }

        // The cost of the confidence model: the same files with and without scoring, the two pipelines taking turns
        // file by file (TakingTurns), so that a machine busy with other work slows both alike.
        // Both warmed on every shape until the JIT has compiled the scored paths as well (WarmUp): compiled while
        // measuring, on the one core, they would slow the first shapes' scored turns.
        var scored = Pipeline.Scored();
        WarmUp.UntilCompiled([pipeline, scored], [.. shapes.SelectMany(s => s.Inputs)], maxFiles: 3000);

        Console.WriteLine("the confidence model's cost per shape (time a file without and with scoring, taking turns file by file; collections' pauses shared by allocation):");
        foreach (var (shape, inputs) in shapes)
        {
            var result = TakingTurns.Compare(pipeline, scored, inputs, blocks: 20, filesPerBlock: 2 * Files);
            Console.WriteLine($"  {TextShapes.NameOf(shape),-14} {result.First.TotalMilliseconds / result.Files,7:F3} ms  {result.Second.TotalMilliseconds / result.Files,7:F3} ms  {result.Overhead * 100,+6:F1}%  (blocks' quartiles {result.Block(0.25) * 100:F1}% and {result.Block(0.75) * 100:F1}%)");
        }
    }

    private static (double MegabytesPerSecond, double FormsPerSecond) Measure(Pipeline pipeline, byte[][] inputs)
    {
        long bytes = 0, read = 0;
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var spent = TimeSpan.Zero;
        for (var i = 0; spent < Budget; i++)
        {
            var input = inputs[i % inputs.Length];
            read += pipeline.Run($"{i}.txt", input).Forms;
            bytes += input.Length;
            if (i % inputs.Length == inputs.Length - 1)
            {
                process.Refresh();
                spent = process.TotalProcessorTime - before;
            }
        }

        var seconds = spent.TotalSeconds;
        return (bytes / 1048576.0 / seconds, read / seconds);
    }
}
