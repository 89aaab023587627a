using System.Diagnostics;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The aligned-column reader scored against the generator's truth: on the committed dumps of the real tools
/// (tests/FormExtract.Core.Tests/Fixtures/Aligned), and on forms drawn afresh and printed by w3m as it is
/// installed (scripts/setup.sh test). The floors are the accuracy measured when this test was written.
/// </summary>
public sealed class AlignedReaderAccuracyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, double> FixtureFloors = new(StringComparer.Ordinal)
    {
        ["w3m-plain"] = 0.93,
        ["w3m-bordered"] = 0.99,
        ["lynx-plain"] = 0.96,
        ["pdftotext-layout"] = 0.82,
    };

    private const double FreshPlainFloor = 0.965;
    private const double FreshBorderedFloor = 0.995;

    private readonly DocumentExtractor _extractor = DocumentExtractor.WithReaders(new TextDumpReader());

    [Fact]
    public void The_committed_tool_dumps_reach_their_measured_accuracy()
    {
        var folder = Repository.Path("tests", "FormExtract.Core.Tests", "Fixtures", "Aligned");
        foreach (var (name, floor) in FixtureFloors)
        {
            var truth = DocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, name + ".truth.json")));
            var result = _extractor.Extract(new InputFile(name + ".txt", File.ReadAllBytes(Path.Combine(folder, name + ".txt"))), CancellationToken.None);
            var report = AccuracyScorer.Score(name, truth, result.Document);
            output.WriteLine($"{name}: {report.CorrectCount}/{report.FieldCount} fields");
            Assert.True(report.Accuracy >= floor, $"{name}: {report.ToText(20)}");
        }
    }

    [Fact]
    public void Fresh_forms_printed_by_w3m_reach_their_measured_accuracy()
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: 808, formCount: 24, errorFraction: 0.5)).Generate();
        var (plain, bordered) = (AccuracyReport.Empty, AccuracyReport.Empty);
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var style = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
            var html = new HtmlRenderer(style).Render(FormGenerator.Index(pair));
            var name = $"fresh-{index:00}-{style.Name}";
            plain = plain.Add(Score(name + "-w3m.txt", html, Dump(html.Bytes.ToArray())));
            bordered = bordered.Add(Score(name + "-w3m-bordered.txt", html, Dump(Bordered(html.Bytes.ToArray()))));
        }

        output.WriteLine("plain:\n" + plain.ToText(20));
        output.WriteLine("bordered:\n" + bordered.ToText(20));
        Assert.True(plain.Accuracy >= FreshPlainFloor, plain.ToText(20));
        Assert.True(bordered.Accuracy >= FreshBorderedFloor, bordered.ToText(20));
    }

    private AccuracyReport Score(string name, RenderedFile html, byte[] text)
    {
        var result = _extractor.Extract(new InputFile(name, text), CancellationToken.None);
        SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
        return AccuracyScorer.Score(name, GroundTruth.For(name, html), result.Document);
    }

    /// <summary>The page with its tables given a border, which w3m draws with box-drawing characters.</summary>
    private static byte[] Bordered(byte[] html) =>
        System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(html).Replace("<table", "<table border=\"1\"", StringComparison.Ordinal));

    private static byte[] Dump(byte[] html)
    {
        var path = Path.Combine(Path.GetTempPath(), "formextract-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllBytes(path, html);
        try
        {
            var start = new ProcessStartInfo("w3m", ["-dump", "-T", "text/html", "-cols", "120", "-O", "UTF-8", path]) { RedirectStandardOutput = true };
            using var process = ChildProcess.Start(start);
            using var bytes = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(bytes);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return bytes.ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
