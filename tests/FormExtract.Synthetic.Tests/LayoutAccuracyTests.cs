using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Html;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Tests.Support;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// Every layout other than the national one, as tab-separated dumps and as HTML pages, read by the text and HTML
/// readers with the assembler and the layout's rules: the committed fixtures and fresh forms in every style are
/// read field for field, with every injected finding and no other (200 fresh forms per layout and kind measured so).
/// </summary>
public sealed class LayoutAccuracyTests(ITestOutputHelper output)
{
    private readonly DocumentExtractor _extractor = DocumentExtractor.WithReaders(new HtmlTableReader(), new TextDumpReader());

    public static TheoryData<string, string> Committed =>
        Fixtures.Pairs(SyntheticLayouts.All.Where(l => !l.IsNational).SelectMany(l => new[] { "text", "html" }.Select(k => (l.Id, k))));

    public static TheoryData<string> Layouts => [.. SyntheticLayouts.All.Where(l => !l.IsNational).Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(Committed))]
    public void Every_field_and_finding_of_the_committed_fixtures_is_read_right(string layout, string kind)
    {
        var report = AccuracyReport.Empty;
        foreach (var truthPath in Fixtures.LayoutTruthFiles(layout, kind))
        {
            var truth = Fixtures.Read(truthPath);
            var result = _extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(Fixtures.RenderedFileOf(truthPath, truth))), CancellationToken.None);
            SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
            report = report.Add(AccuracyScorer.Score(truth.Source.Path, truth, result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.True(report.FieldCount > 300, $"only {report.FieldCount} fields");
        Assert.Equal(report.FieldCount, report.CorrectCount);
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_field_and_finding_of_fresh_forms_in_every_style_is_read_right(string id)
    {
        var layout = SyntheticLayouts.Find(id)!;
        var forms = new FormGenerator(new GeneratorOptions(seed: 606, formCount: 24, errorFraction: 0.5, layout: layout)).Generate();
        var random = new Random(606);
        var report = AccuracyReport.Empty;
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var printed = FormGenerator.Index(pair);
            var textStyle = GridTextStyle.Standard[index % GridTextStyle.Standard.Count];
            var dumped = printed.Select(f => PrintVariants.WithWrapGaps(f, random, textStyle.WrapGapChance)).ToArray();
            var text = new GridTextRenderer(textStyle).Render(dumped, dumped.Select(f => layout.Printer.Grid(f, random)).ToArray(), random);
            var htmlStyle = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
            var html = new GridHtmlRenderer(htmlStyle).Render(printed, printed.Select(f => layout.Printer.Grid(f, random)).ToArray());
            foreach (var (name, file) in new[] { ($"fresh-{index:00}-{textStyle.Name}.txt", text), ($"fresh-{index:00}-{htmlStyle.Name}.html", html) })
            {
                var result = _extractor.Extract(new InputFile(name, file.Bytes), CancellationToken.None);
                report = report.Add(AccuracyScorer.Score(name, GroundTruth.For(name, file), result.Document));
            }
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.Equal(report.FieldCount, report.CorrectCount);
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }
}
