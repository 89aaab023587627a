using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Office;
using FormExtract.Office.Legacy;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;
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
/// Fresh forms of every layout in one Word document and one workbook, saved as DOC and XLS by LibreOffice (as
/// archives hold them), then read the way FormExtract reads legacy files: converted back by LibreOffice and read
/// by the Office readers. Scored against their truth like the DOCX and XLSX they came from.
/// </summary>
public sealed class LegacyOfficeAccuracyTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("formextract-legacy-");

    [Theory]
    [InlineData("docx", "doc", "plain")]
    [InlineData("xlsx", "xls", "continued")]
    public void Forms_of_every_layout_saved_in_a_legacy_format_are_read_as_from_the_modern_one(string modern, string legacy, string styleName)
    {
        var style = OfficeStyle.Standard.Single(s => s.Name == styleName);
        var random = new Random(808);
        var drafts = SyntheticLayouts.All
            .SelectMany(layout => new FormGenerator(new GeneratorOptions(seed: 808, formCount: 2, errorFraction: 0.5, layout: layout)).Generate().Select(form => (layout, form)))
            .ToArray();
        var printed = FormGenerator.Index(drafts.Select(d => d.form));
        var grids = printed.Select((form, i) => drafts[i].layout.Printer.Grid(form, random)).ToArray();
        var file = modern == "docx" ? new GridDocxRenderer(style).Render(printed, grids, random) : new GridXlsxRenderer(style).Render(printed, grids, random);
        var source = Path.Combine(_folder.FullName, $"every-layout.{modern}");
        File.WriteAllBytes(source, file.Bytes.ToArray());

        var saved = LibreOffice.Convert(source, legacy);
        var options = OfficeReaderOptions.Default;
        var extractor = DocumentExtractor.WithReaders(LegacyOfficeReader.All(options, new DocxTableReader(options), new XlsxSheetReader(options)));
        var name = Path.GetFileName(saved);
        var result = extractor.Extract(new InputFile(name, File.ReadAllBytes(saved)), CancellationToken.None);

        SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
        Assert.Equal(legacy == "doc" ? SourceFormat.Doc : SourceFormat.Xls, result.Document.Source.Format);
        var report = AccuracyScorer.Score(name, GroundTruth.For(name, file), result.Document);
        output.WriteLine(report.ToText(examples: 40));
        Assert.Equal(printed.Count, result.Document.Forms.Count);
        Assert.True(report.Accuracy >= 0.995, $"{report.CorrectCount} of {report.FieldCount} fields right");
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
