using BenchmarkDotNet.Running;
using FormExtract.Benchmarks;

// "throughput [files] [copies]" prints the headline figures, "shapes [--confidence]" the figure per text shape (and the
// confidence model's cost), "scan FILE..." the model's cost on scans; "hostile DIR" and "copies DIR N" write the inputs
// of benchmarks/reliability/run.sh; anything else goes to BenchmarkDotNet.
if (args.Length > 1 && args[0] is "hostile" or "copies")
{
    Reliability.Write(args);
    return;
}

if (args.Length > 0 && args[0] == "throughput")
{
    Throughput.Run(
        files: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400,
        copiesPerFile: args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "shapes")
{
    ShapeThroughput.Run(withConfidence: args.Contains("--confidence"));
    return;
}

if (args.Length > 1 && args[0] == "scan")
{
    ScanConfidenceCost.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TextExtractionBenchmarks).Assembly).Run(args);
