using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Tests.Support;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// A committed synthetic page saved as DOCX and XLSX by LibreOffice (files an office suite wrote, with its styles,
/// revision ids and its own ways of merging cells), scored against the page's truth.
/// </summary>
public sealed class OfficeSuiteFileTests(ITestOutputHelper output)
{
    private readonly DocumentExtractor _extractor = DocumentExtractor.WithReaders(new DocxTableReader(), new XlsxSheetReader());

    [Fact]
    public void A_word_document_saved_by_libreoffice_reads_field_for_field_as_the_page_it_came_from()
    {
        var report = Score("libreoffice-three-forms.docx");
        Assert.Equal(report.FieldCount, report.CorrectCount);
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }

    [Fact]
    public void A_workbook_saved_by_libreoffice_reads_every_figure_and_finding_of_the_page_it_came_from()
    {
        // Calc's HTML import joined the lines of the goals cells (1.…2.… with no break): those texts differ from the page.
        // It also took the targets typed as =100 % and =7 件 for formulas (100%, #NAME?): they are read as typed.
        var report = Score("libreoffice-three-forms.xlsx");
        Assert.Equal(1.0, report.AccuracyOf(FieldKind.Number));
        Assert.Equal(1.0, report.AccuracyOf(FieldKind.Measure));
        Assert.All(report.Fields.Where(f => !f.Correct), f => Assert.Contains("/goals/", f.Path, StringComparison.Ordinal));
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }

    private AccuracyReport Score(string name)
    {
        var truth = Fixtures.Read(Repository.Path("corpus", "synthetic", "html", "html-00-plain.expected.json"));
        var bytes = File.ReadAllBytes(Repository.Path("tests", "FormExtract.Office.Tests", "Files", name));
        var result = _extractor.Extract(new InputFile(name, bytes), CancellationToken.None);
        SchemaAssert.ValidDocument(Core.Output.DocumentJson.Serialize(result.Document));
        var report = AccuracyScorer.Score(name, truth, result.Document);
        output.WriteLine(report.ToText(examples: 40));
        return report;
    }
}
