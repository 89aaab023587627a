using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// Fresh forms of every layout written as Word documents and workbooks in every Office style (merged cells,
/// broken headings, runs cut apart, a table continued as a second table, forms stacked on one sheet, figures
/// stored as numbers under their number format and as text), read by the Office readers with the assembler and
/// the layout's rules, and scored against their truth: at least 99.5% of the fields, every injected finding and
/// no other.
/// </summary>
public sealed class OfficeAccuracyTests(ITestOutputHelper output)
{
    private readonly DocumentExtractor _extractor = DocumentExtractor.WithReaders(new DocxTableReader(), new XlsxSheetReader());

    public static TheoryData<string> Layouts => [.. SyntheticLayouts.All.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Fresh_forms_of_every_layout_as_docx_and_xlsx_are_read_right(string id)
    {
        var report = AccuracyReport.Empty;
        foreach (var (name, file) in OfficeForms.Render(SyntheticLayouts.Find(id)!, seed: 707, formCount: 16))
        {
            var result = _extractor.Extract(new InputFile(name, file.Bytes), CancellationToken.None);
            SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
            Assert.Equal(file.Format, result.Document.Source.Format);
            report = report.Add(AccuracyScorer.Score(name, GroundTruth.For(name, file), result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.True(report.FieldCount > 500, $"only {report.FieldCount} fields");
        Assert.True(report.Accuracy >= 0.995, $"{report.CorrectCount} of {report.FieldCount} fields right");
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }
}

/// <summary>Fresh forms of a layout rendered two to a file as DOCX and XLSX, the Office styles taken in turn.</summary>
internal static class OfficeForms
{
    public static IEnumerable<(string Name, RenderedFile File)> Render(SyntheticLayout layout, int seed, int formCount)
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: seed, formCount: formCount, errorFraction: 0.5, layout: layout)).Generate();
        var random = new Random(seed);
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var printed = FormGenerator.Index(pair);
            var style = OfficeStyle.Standard[index % OfficeStyle.Standard.Count];
            var docx = new GridDocxRenderer(style).Render(printed, printed.Select(f => layout.Printer.Grid(f, random)).ToArray(), random);
            yield return ($"{layout.Id}-{index:00}-{style.Name}.docx", docx);
            var xlsx = new GridXlsxRenderer(style).Render(printed, printed.Select(f => layout.Printer.Grid(f, random)).ToArray(), random);
            yield return ($"{layout.Id}-{index:00}-{style.Name}.xlsx", xlsx);
        }
    }
}
