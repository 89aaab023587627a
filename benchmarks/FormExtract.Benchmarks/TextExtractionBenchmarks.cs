using BenchmarkDotNet.Attributes;

namespace FormExtract.Benchmarks;

/// <summary>Time and allocation per file for the text pipeline, on the real dump and on a 100-times larger one.</summary>
[MemoryDiagnoser]
public class TextExtractionBenchmarks
{
    private readonly Pipeline _pipeline = new();
    private byte[] _input = [];

    [Params(1, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup() => _input = VariedCorpus.Make(Copies, seed: 1);

    [Benchmark]
    public int ExtractToJson() => _pipeline.Run("bench.txt", _input).Bytes;
}
