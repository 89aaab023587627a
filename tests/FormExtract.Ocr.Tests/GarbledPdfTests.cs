using System.Text.Json;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Pdf;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// PDFs whose text layer is partly garbled (glyphs mapped to private-use code points by
/// Fixtures/make-garbled.py; the pages look right): the cells holding unreadable letters are read by OCR
/// inside the boxes the PDF's rules draw, the rest from the text layer, and the forms come out as the PDF
/// reader reads the unspoilt originals (their reviewed expected documents).
/// </summary>
public sealed class GarbledPdfTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// Measured when the tests were written: 259 of 264 fields with page 1 garbled, every figure, measure and
    /// category right (the misses are OCR's: a lone 率 on a cell's second line dropped three times, 第1批 read
    /// as 第]批, a stray 和); 110 of 112 with the figures' fonts garbled (=0 次 read as =0 讽, the same 和).
    /// A drop fails; a rise should raise it.
    /// </summary>
    private const double FieldAccuracyFloor = 0.98;

    private static readonly string Fixture = Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "garbled-text-layer.pdf");

    /// <summary>The single-form fixture with only the font subsets holding the digits garbled.</summary>
    private static readonly string FiguresFixture = Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "garbled-figures-font.pdf");

    private readonly OcrFallbackPdfReader _reader = new();

    [Fact]
    public void The_fixture_really_is_garbled_on_page_1_only()
    {
        var result = new PdfTableReader().Read(new InputFile("garbled-text-layer.pdf", File.ReadAllBytes(Fixture)), CancellationToken.None);

        var warning = Assert.Single(result.Document!.Warnings);
        Assert.Equal((PdfTableReader.GarbledTextCode, 1), (warning.Code, warning.Page!.Value));
        Assert.False(result.Document.Ocr);
    }

    [Fact]
    public void A_garbled_page_is_read_by_OCR_cell_by_cell_and_the_form_comes_out_right()
    {
        var truth = DocumentJson.Deserialize(File.ReadAllText(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "long-table.expected.json")));
        var extractor = new DocumentExtractor([_reader], FormAssembler.Default, FormValidator.CreateDefault());

        var result = extractor.Extract(new InputFile("garbled-text-layer.pdf", File.ReadAllBytes(Fixture)), CancellationToken.None);
        var json = DocumentJson.Serialize(result.Document);
        var report = AccuracyScorer.Score("garbled-text-layer.pdf", truth, result.Document);

        output.WriteLine(report.ToText(examples: 40));
        SchemaAssert.ValidDocument(json);
        Assert.True(result.Document.Source.Ocr);
        var warning = Assert.Single(result.Document.Warnings, w => w.Code == PdfTableReader.GarbledTextCode);
        Assert.Equal(1, warning.Page);
        Assert.Contains("read by OCR", warning.Message, StringComparison.Ordinal);
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());

        // Cells read by OCR (page 1) carry their confidence; cells read from the text layer (page 2) do not.
        var cells = Cells(JsonDocument.Parse(json).RootElement).ToList();
        Assert.Contains(cells, c => c.Page == 1);
        Assert.Contains(cells, c => c.Page == 2);
        Assert.All(cells, c => Assert.Equal(c.Page == 1, c.Confidence is not null));
    }

    [Fact]
    public void Only_the_cells_holding_garbled_letters_are_read_by_OCR_the_rest_keep_the_text_layer()
    {
        var truth = DocumentJson.Deserialize(File.ReadAllText(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.expected.json")));
        var file = new InputFile("garbled-figures-font.pdf", File.ReadAllBytes(FiguresFixture));

        var document = Extract(_reader, file);
        var json = DocumentJson.Serialize(document);
        var report = AccuracyScorer.Score("garbled-figures-font.pdf", truth, document);

        output.WriteLine(report.ToText(examples: 40));
        SchemaAssert.ValidDocument(json);
        Assert.Equal(1, Assert.Single(document.Warnings, w => w.Code == PdfTableReader.GarbledTextCode).Page);
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());

        // Every figure was drawn with a garbled font, so every cell holding one was read by OCR; cells whose
        // letters all come from sound fonts keep the text layer's reading, without a confidence.
        var cells = TextCells(JsonDocument.Parse(json).RootElement).ToList();
        Assert.All(cells.Where(c => c.Text.Any(char.IsAsciiDigit)), c => Assert.NotNull(c.Confidence));
        Assert.Contains(cells, c => c.Confidence is null);
    }

    [Fact]
    public void A_sound_PDF_comes_out_exactly_as_the_PDF_reader_alone_reads_it()
    {
        var file = new InputFile("long-table.pdf", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "long-table.pdf")));

        var alone = Extract(new PdfTableReader(), file);
        var withOcr = Extract(_reader, file);

        Assert.False(withOcr.Source.Ocr);
        Assert.Equal(DocumentJson.Serialize(alone), DocumentJson.Serialize(withOcr));
    }

    public void Dispose() => _reader.Dispose();

    private static Core.Model.FormDocument Extract(IDocumentReader reader, InputFile file) =>
        new DocumentExtractor([reader], FormAssembler.Default, FormValidator.CreateDefault()).Extract(file, CancellationToken.None).Document;

    private static IEnumerable<(int Page, double? Confidence)> Cells(JsonElement element) =>
        TextCells(element).Select(c => (c.Page, c.Confidence));

    /// <summary>Every cell of the document's forms: the objects that carry a page and a text.</summary>
    private static IEnumerable<(int Page, string Text, double? Confidence)> TextCells(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("page", out var page) && element.TryGetProperty("text", out var text))
            {
                yield return (page.GetInt32(), text.GetString() ?? string.Empty, element.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : null);
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var cell in TextCells(property.Value))
                {
                    yield return cell;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var cell in element.EnumerateArray().SelectMany(TextCells))
            {
                yield return cell;
            }
        }
    }
}
