using System.Text.Json.Nodes;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Pdf;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// PDFs printed but for one page, which is a scan (an image-only page put in place of the printed one by
/// Fixtures/make-mixed.py): the printed page is read from its text layer, the scanned one by OCR from its
/// image, and the indicator table that runs across both comes out as one form, as the PDF reader reads the
/// printed original (its reviewed expected document).
/// </summary>
public sealed class MixedPdfTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// Measured when the tests were written, over the fields printed on the scanned page only: 32 of 32 with
    /// page 2 scanned, 26 of 27 with page 1 scanned (=100% read as =100 上%%). A drop fails; a rise should
    /// raise it.
    /// </summary>
    private const double ScannedFieldAccuracyFloor = 0.95;

    /// <summary>
    /// Over the whole form: 111 of 112 either way (the printed page's fields come from the text layer; with
    /// page 2 scanned, the miss is the deviation reason the page break cuts, whose first line on the scan is
    /// misread).
    /// </summary>
    private const double FieldAccuracyFloor = 0.97;

    /// <summary>How far, in points, a box found on the scan may lie from the box the PDF drew (rules a few pixels thick at 300 dpi).</summary>
    private const double BoxTolerance = 3;

    private static readonly string Truth = Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "reportlab-split-row.expected.json");

    private readonly OcrFallbackPdfReader _reader = new();

    [Theory]
    [InlineData("mixed-scan-second.pdf", 2)]
    [InlineData("mixed-scan-first.pdf", 1)]
    public void The_PDF_reader_alone_reports_the_scanned_page_and_reads_nothing_on_it(string fixture, int scanned)
    {
        var layout = new PdfTableReader().Read(Input(fixture), CancellationToken.None).Document!;

        var warning = Assert.Single(layout.Warnings);
        Assert.Equal((PdfTableReader.NoTextCode, scanned), (warning.Code, warning.Page!.Value));
        Assert.Contains("not read", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(layout.Rows, r => r.Page == scanned);
    }

    [Theory]
    [InlineData("mixed-scan-second.pdf", 2)]
    [InlineData("mixed-scan-first.pdf", 1)]
    public void A_scanned_page_is_read_by_OCR_and_the_form_across_it_is_assembled_whole(string fixture, int scanned)
    {
        var truth = DocumentJson.Deserialize(File.ReadAllText(Truth));
        var document = Extract(_reader, Input(fixture));
        var json = DocumentJson.Serialize(document);
        var report = AccuracyScorer.Score(fixture, truth, document);
        var onScan = OnPage(report, JsonNode.Parse(File.ReadAllText(Truth))!, scanned);

        output.WriteLine(report.ToText(examples: 40));
        output.WriteLine($"scanned page: {onScan.CorrectCount} of {onScan.FieldCount} fields right");
        SchemaAssert.ValidDocument(json);
        Assert.True(document.Source.Ocr);
        var warning = Assert.Single(document.Warnings, w => w.Code == PdfTableReader.NoTextCode);
        Assert.Equal(scanned, warning.Page);
        Assert.Contains("read by OCR", warning.Message, StringComparison.Ordinal);

        // One form, with every indicator row of both pages, and the scanned page's fields read right.
        var form = Assert.Single(document.Forms);
        Assert.Equal(truth.Forms[0].Indicators.Count, form.Indicators.Count);
        Assert.True(onScan.FieldCount >= 20, $"only {onScan.FieldCount} fields of the truth are on page {scanned}");
        Assert.True(onScan.Accuracy >= ScannedFieldAccuracyFloor, onScan.ToText());
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());

        // Cells first found on the scanned page carry a confidence, boxes in the page's points where the PDF
        // drew them; cells of the printed page carry none.
        var cells = Cells(JsonNode.Parse(json)!, "").ToList();
        Assert.Contains(cells, c => c.Page == scanned);
        Assert.Contains(cells, c => c.Page != scanned);
        Assert.All(cells, c => Assert.Equal(c.Page == scanned, c.Node["confidence"] is not null));
        var expected = Cells(JsonNode.Parse(File.ReadAllText(Truth))!["forms"]![0]!, "/forms/0").Where(c => c.Page == scanned).ToDictionary(c => c.Path);
        var compared = 0;
        foreach (var cell in cells.Where(c => c.Page == scanned && expected.ContainsKey(c.Path)))
        {
            var (got, want) = (Box(cell.Node), Box(expected[cell.Path].Node));
            Assert.True(got.Zip(want).All(p => Math.Abs(p.First - p.Second) <= BoxTolerance), $"{cell.Path}: [{string.Join(", ", got)}], the PDF drew [{string.Join(", ", want)}]");
            compared++;
        }

        Assert.True(compared >= 20, $"only {compared} boxes compared");

        // Each cell read with low confidence is warned about, by its page, as on a scan.
        var low = cells.Where(c => c.Page == scanned && c.Node["confidence"]!.GetValue<double>() < OcrOptions.Default.LowConfidence && !string.IsNullOrWhiteSpace(c.Node["text"]!.GetValue<string>())).ToList();
        Assert.All(low, c => Assert.Contains(document.Warnings, w => w.Code == ImageTableReader.LowConfidenceCode && w.Page == scanned && w.Message.Contains($"'{c.Node["text"]!.GetValue<string>()}'", StringComparison.Ordinal)));
        output.WriteLine($"{low.Count} fields read with low confidence on the scanned page");
    }

    [Fact]
    public void The_printed_page_keeps_its_text_layer_reading_beside_a_scanned_page()
    {
        var file = Input("mixed-scan-second.pdf");

        var alone = new PdfTableReader().Read(file, CancellationToken.None).Document!;
        var mixed = _reader.Read(file, CancellationToken.None).Document!;

        var printed = alone.Rows.SelectMany(r => r.Cells).Where(c => !c.IsSpanCopy).ToList();
        var read = mixed.Rows.SelectMany(r => r.Cells).Where(c => !c.IsSpanCopy && c.Origin.Page == 1).ToDictionary(c => c.Origin.Box!.Value);
        Assert.NotEmpty(printed);
        Assert.Equal(printed.Select(c => c.Origin.Box!.Value).OrderBy(b => (b.Y0, b.X0)), read.Keys.OrderBy(b => (b.Y0, b.X0)));
        Assert.All(printed, c =>
        {
            var same = read[c.Origin.Box!.Value];
            Assert.Null(same.Origin.Confidence);
            // A cell the page break cuts goes on with its piece on the scanned page.
            Assert.StartsWith(c.Text, same.Text, StringComparison.Ordinal);
        });
        Assert.Contains(printed, c => c.Text.Length > 0 && read[c.Origin.Box!.Value].Text == c.Text);
    }

    [Fact]
    public void A_page_with_neither_text_nor_image_is_reported_and_the_pages_around_it_are_read()
    {
        var truth = DocumentJson.Deserialize(File.ReadAllText(Truth));

        var document = Extract(_reader, Input("mixed-blank-page.pdf"));
        var report = AccuracyScorer.Score("mixed-blank-page.pdf", truth, document);

        output.WriteLine(report.ToText(examples: 40));
        SchemaAssert.ValidDocument(DocumentJson.Serialize(document));
        Assert.False(document.Source.Ocr);
        var warning = Assert.Single(document.Warnings, w => w.Page == 2);
        Assert.Equal(PdfTableReader.NoTextCode, warning.Code);
        Assert.Contains("neither a text layer nor an image", warning.Message, StringComparison.Ordinal);
        Assert.Equal(truth.Forms[0].Indicators.Count, Assert.Single(document.Forms).Indicators.Count);
    }

    [Fact]
    public void A_PDF_whose_every_page_is_a_scan_is_left_to_the_image_reader()
    {
        var path = Repository.Path("corpus", "synthetic", "scan", "scan-03-degraded-300-pdf.pdf");
        var file = new InputFile(Path.GetFileName(path), File.ReadAllBytes(path));
        using var images = new ImageTableReader();

        var layout = _reader.Read(file, CancellationToken.None).Document!;

        // No rows and no OCR here: the extractor then hands the file to the image reader, which takes it.
        Assert.Empty(layout.Rows);
        Assert.False(layout.Ocr);
        Assert.All(layout.Warnings, w => Assert.Equal(PdfTableReader.NoTextCode, w.Code));
        Assert.NotEmpty(layout.Warnings);
        Assert.True(images.CanRead(file));
    }

    public void Dispose() => _reader.Dispose();

    private static InputFile Input(string fixture) =>
        new(fixture, File.ReadAllBytes(Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", fixture)));

    private static FormDocument Extract(IDocumentReader reader, InputFile file) =>
        new DocumentExtractor([reader], FormAssembler.Default, FormValidator.CreateDefault()).Extract(file, CancellationToken.None).Document;

    /// <summary>The report's fields whose cell the truth places on the given page.</summary>
    private static AccuracyReport OnPage(AccuracyReport report, JsonNode truth, int page)
    {
        var pages = Cells(truth["forms"]![0]!, string.Empty).ToDictionary(c => c.Path, c => c.Page);
        return report with { Fields = report.Fields.Where(f => pages.TryGetValue(f.Path, out var p) && p == page).ToList(), Findings = [] };
    }

    /// <summary>Every cell under the node (an object with a page and a text), with its JSON pointer.</summary>
    private static IEnumerable<(string Path, int Page, JsonNode Node)> Cells(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            if (obj["page"] is { } page && obj["text"] is not null)
            {
                yield return (path, page.GetValue<int>(), obj);
            }

            foreach (var (name, child) in obj)
            {
                foreach (var cell in child is null ? [] : Cells(child, $"{path}/{name}"))
                {
                    yield return cell;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var cell in array[i] is { } child ? Cells(child, $"{path}/{i}") : [])
                {
                    yield return cell;
                }
            }
        }
    }

    private static double[] Box(JsonNode cell) => cell["bbox"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
}
