using FormExtract.Core.Confidence;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Testing;

namespace FormExtract.Extraction.Tests;

public sealed class FormExtractorTests
{
    private static readonly string RealDump = Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt");
    private static readonly DateTimeOffset Fixed = new(2024, 5, 1, 8, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_path_gives_the_pipelines_document_stamped_with_version_and_time()
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { ExtractedAt = Fixed });

        var document = await extractor.ExtractAsync(RealDump);

        Assert.Equal(12, document.Forms.Count);
        Assert.Equal(RealDump, document.Source.Path);
        Assert.Equal(ToolVersion.Current, document.Source.ToolVersion);
        Assert.Equal(new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), document.Source.ExtractedAt);
        var json = DocumentJson.Serialize(document);
        SchemaAssert.ValidDocument(json);
        Assert.Contains("\"extractedAt\": \"2024-05-01T08:00:00Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_sample_runs_as_written()
    {
        var folder = Directory.CreateTempSubdirectory("formextract-sample-");
        var path = Path.Combine(folder.FullName, "forms.pdf");
        File.Copy(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf"), path);
        var cancellationToken = CancellationToken.None;
        using var output = new StringWriter();

        // The README's sample, with its file names placed in a folder of the test's own.
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false, Parallelism = 2 });
        FormDocument document = await extractor.ExtractAsync(path, cancellationToken);
        foreach (var form in document.Forms)
            output.WriteLine($"{form.ProjectName?.Value}: {form.Findings.Count} findings");
        File.WriteAllBytes(path + ".json", DocumentJson.SerializeToUtf8(document));

        Assert.Single(document.Forms);
        Assert.EndsWith(" findings" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
        SchemaAssert.ValidDocument(File.ReadAllText(path + ".json"));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_stream_gives_the_same_document_as_the_file()
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { ExtractedAt = Fixed });
        await using var stream = File.OpenRead(RealDump);

        var fromStream = await extractor.ExtractAsync(stream, RealDump);
        var fromPath = await extractor.ExtractAsync(RealDump);

        Assert.Equal(DocumentJson.Serialize(fromPath), DocumentJson.Serialize(fromStream));
    }

    [Fact]
    public async Task The_time_comes_from_the_clock_unless_fixed()
    {
        var clock = new StoppedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)));
        using var extractor = new FormExtractor(new FormExtractorOptions { Clock = clock });

        var document = await extractor.ExtractAsync(RealDump);

        Assert.Equal(new DateTime(2030, 1, 1, 19, 4, 5, DateTimeKind.Utc), document.Source.ExtractedAt);
    }

    [Fact]
    public async Task A_scan_is_read_by_ocr_only_when_ocr_is_on()
    {
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png");
        using var withOcr = new FormExtractor();
        using var withoutOcr = new FormExtractor(new FormExtractorOptions { Ocr = false });

        var read = await withOcr.ExtractAsync(scan);
        var unread = await withoutOcr.ExtractAsync(scan);

        Assert.True(read.Source.Ocr);
        Assert.Single(read.Forms);
        // The pipeline scores an assembled form's cells in place, which is right only while no cell stands in two places.
        var cells = read.Forms.SelectMany(FormCellMap.Cells).Select(c => c.Cell).ToArray();
        Assert.Equal(cells.Length, cells.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.False(unread.Source.Ocr);
        Assert.Empty(unread.Forms);
        Assert.NotEmpty(unread.Warnings);
    }

    [Fact]
    public async Task The_review_threshold_decides_which_ocr_cells_are_reported_and_counted()
    {
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png");
        using var strict = new FormExtractor(new FormExtractorOptions { ReviewThreshold = 1.0 });
        using var lenient = new FormExtractor(new FormExtractorOptions { ReviewThreshold = 0.0 });

        var many = await strict.ExtractAsync(scan);
        var none = await lenient.ExtractAsync(scan);

        // Every cell OCR read has the model's probability, and at 1.0 every one of them is to be checked.
        var review = Assert.IsType<ReviewSummary>(many.Review);
        Assert.True(review.Cells > 50);
        Assert.Equal(many.Warnings.Count(w => w.Code == "ocr-low-confidence"), review.Below);
        Assert.All(many.Warnings.Where(w => w.Code == "ocr-low-confidence"), w => Assert.StartsWith("/", w.Path, StringComparison.Ordinal));
        Assert.Equal(review.Cells, many.Forms.Sum(f => f.Review!.Cells));
        Assert.Equal((0, review.Cells), (none.Review!.Below, none.Review.Cells));
        Assert.DoesNotContain(none.Warnings, w => w.Code == "ocr-low-confidence");
        SchemaAssert.ValidDocument(DocumentJson.Serialize(many));
    }

    [Fact]
    public async Task Without_the_model_the_recognisers_own_confidence_decides_which_cells_are_reported()
    {
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png");
        using var strict = new FormExtractor(new FormExtractorOptions { ConfidenceModel = null, LowConfidence = 1.0 });
        using var lenient = new FormExtractor(new FormExtractorOptions { ConfidenceModel = null, LowConfidence = 0.0 });

        var many = await strict.ExtractAsync(scan);
        var none = await lenient.ExtractAsync(scan);

        Assert.Contains(many.Warnings, w => w.Code == "ocr-low-confidence");
        Assert.DoesNotContain(none.Warnings, w => w.Code == "ocr-low-confidence");
        Assert.Null(many.Review);
    }

    [Fact]
    public void A_missing_confidence_model_is_an_error_naming_the_file_when_the_extractor_is_made()
    {
        var path = Repository.Path("models", "no-such-model.zip");

        var error = Assert.Throws<InvalidDataException>(() => new FormExtractor(new FormExtractorOptions { ConfidenceModel = path }));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_extraction_stops_with_OperationCanceledException()
    {
        using var extractor = new FormExtractor();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(RealDump, cancelled.Token));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gives_a_document_with_its_reason()
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false });
        using var empty = new MemoryStream();

        var document = await extractor.ExtractAsync(empty, "empty.txt");

        Assert.Empty(document.Forms);
        Assert.Contains(document.Warnings, w => w.Code == "empty-file" && w.Message.Contains("empty.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.5)]
    public void Options_are_checked_when_made(int parallelism, double lowConfidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormExtractorOptions { Parallelism = parallelism, LowConfidence = lowConfidence });

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
