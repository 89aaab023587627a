using BenchmarkDotNet.Running;
using FormExtract.Benchmarks;

// "throughput [files] [copies] [--confidence]" prints the headline figures (scored by the bundled model, as the CLI runs, with --confidence), "shapes [--confidence]" the figure per text shape (and the
// confidence model's cost), "scoring-parts [rounds]" where the model's time on text goes, "overhead [blocks] [files] [--alike]" its cost on text with and without it taking turns, "scan FILE..." the model's cost on scans; "hostile DIR" and "copies DIR N" write the inputs
// of benchmarks/reliability/run.sh; anything else goes to BenchmarkDotNet.
if (args.Length > 1 && args[0] is "hostile" or "copies")
{
    Reliability.Write(args);
    return;
}

if (args.Length > 0 && args[0] == "throughput")
{
    var counts = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    Throughput.Run(
        files: counts.Length > 0 ? int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture) : 400,
        copiesPerFile: counts.Length > 1 ? int.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
        scored: args.Contains("--confidence"));
    return;
}

if (args.Length > 0 && args[0] == "shapes")
{
    ShapeThroughput.Run(withConfidence: args.Contains("--confidence"));
    return;
}

if (args.Length > 0 && args[0] == "scoring-parts")
{
    ScoringParts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

if (args.Length > 0 && args[0] == "overhead")
{
    var counts = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    ScoringOverhead.Run(blocks: counts.Length > 0 ? counts[0] : 40, filesPerBlock: counts.Length > 1 ? counts[1] : 10, alike: args.Contains("--alike"));
    return;
}

if (args.Length > 1 && args[0] == "scan")
{
    ScanConfidenceCost.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TextExtractionBenchmarks).Assembly).Run(args);
