using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Pdf.Tests;

/// <summary>
/// The PDF reader over the synthetic corpus's Chromium-printed PDFs (made by the corpus generator, not by
/// this project's fixtures), scored against their truth. The floor is the accuracy measured when this test
/// was written: a drop fails, a rise is welcome (raise the floor with it).
/// </summary>
public sealed class SyntheticAccuracyTests(ITestOutputHelper output)
{
    // Every field of the 2,035: the radical ⼾ is read as 户, and a numbered item after a full line starts a
    // paragraph when the cell shows that its items do.
    private const double FieldAccuracyFloor = 1.0;

    [Fact]
    public void The_pdf_pipeline_reaches_its_measured_accuracy_on_the_synthetic_pdfs()
    {
        var extractor = new DocumentExtractor([new PdfTableReader()], FormAssembler.Default, new FormValidator(ValidationRules.Default));
        var report = AccuracyReport.Empty;
        foreach (var truthPath in Directory.GetFiles(Repository.Path("corpus", "synthetic", "pdf"), "*.expected.json").Order(StringComparer.Ordinal))
        {
            var truth = DocumentJson.Deserialize(File.ReadAllText(truthPath));
            var pdf = truthPath[..^".expected.json".Length] + ".pdf";
            var result = extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(pdf)), CancellationToken.None);
            SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
            report = report.Add(AccuracyScorer.Score(truth.Source.Path, truth, result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }
}
