using System.Security.Cryptography;
using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Ocr;
using FormExtract.Pdf;
using FormExtract.Testing;
using FormExtract.Testing.Hostile;

namespace FormExtract.Extraction.Tests;

/// <summary>The bounds of one file reach every reader the library builds, and the file's own bounds hold for every caller.</summary>
public sealed class ExtractionLimitsTests
{
    private static readonly string RealDump = Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt");

    [Fact]
    public async Task Each_reader_is_built_with_its_bounds()
    {
        var limits = ExtractionLimits.Default with
        {
            Text = new TextReaderOptions { MaxBytes = 1024 },
            Html = new HtmlReaderOptions { MaxNesting = 50 },
            Pdf = PdfReaderOptions.Default with { MaxPages = 2 },
        };
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false, Limits = limits });

        var text = await extractor.ExtractAsync(new InputFile("forms.txt", HostileFiles.RealDump));
        var html = await extractor.ExtractAsync(new InputFile("deep.html", HostileFiles.DeepHtml(200)));
        var pdf = await extractor.ExtractAsync(new InputFile("report.pdf", HostileFiles.PdfOfPages(4)));

        Assert.Equal(TextDumpReader.TooLargeCode, text.Failure?.Code);
        Assert.Equal(HtmlTableReader.TooDeepCode, html.Failure?.Code);
        Assert.Contains(pdf.Document.Warnings, w => w.Message.Contains("pages 3–4 were not read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_past_the_byte_bound_gives_a_document_that_names_the_bound_and_its_whole_sha256()
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false, Limits = ExtractionLimits.Default with { FileBytes = 4096 } });

        var fromPath = await extractor.ExtractAsync(RealDump);
        await using var stream = File.OpenRead(RealDump);
        var fromStream = await extractor.ExtractAsync(stream, "forms.txt");

        foreach (var document in new[] { fromPath, fromStream })
        {
            Assert.Empty(document.Forms);
            var warning = Assert.Single(document.Warnings);
            Assert.Equal(FormExtractor.UnreadableCode, warning.Code);
            Assert.Contains("ExtractionLimits.FileBytes", warning.Message, StringComparison.Ordinal);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RealDump))), document.Source.Sha256);
            Assert.NotNull(document.Source.ToolVersion);
        }
    }

    [Fact]
    public async Task A_file_past_the_time_bound_fails_alone_and_the_next_one_is_read()
    {
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png");
        using var extractor = new FormExtractor(new FormExtractorOptions { Limits = ExtractionLimits.Default with { FileTime = TimeSpan.FromMilliseconds(1) } });

        var late = await extractor.ExtractAsync(new InputFile(scan, File.ReadAllBytes(scan)));
        using var unbounded = new FormExtractor(new FormExtractorOptions { Ocr = false, Limits = ExtractionLimits.Default with { FileTime = null } });
        var read = await unbounded.ExtractAsync(RealDump);

        Assert.Equal(FormExtractor.TimeLimitCode, late.Failure?.Code);
        Assert.Contains("ExtractionLimits.FileTime", late.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(12, read.Forms.Count);
    }

    [Fact]
    public async Task Ocr_takes_its_bounds_from_the_limits_and_its_confidence_threshold_from_the_options()
    {
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png");
        var limits = ExtractionLimits.Default with { Ocr = OcrOptions.Default with { LowConfidence = 0.0 } };
        using var strict = new FormExtractor(new FormExtractorOptions { LowConfidence = 1.0, Limits = limits });
        using var tiny = new FormExtractor(new FormExtractorOptions { Limits = ExtractionLimits.Default with { Ocr = OcrOptions.Default with { MaxPixels = 1000 } } });

        var many = await strict.ExtractAsync(scan);
        var refused = await tiny.ExtractAsync(scan);

        Assert.Contains(many.Warnings, w => w.Code == "ocr-low-confidence");
        Assert.Empty(refused.Forms);
        Assert.Contains(refused.Warnings, w => w.Code == ImageTableReader.UnreadableCode);
    }

    [Fact]
    public void Limits_are_checked_when_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractionLimits.Default with { FileBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractionLimits.Default with { FileBytes = ExtractionLimits.MaxFileBytesCeiling + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractionLimits.Default with { FileTime = TimeSpan.Zero });
        Assert.Throws<ArgumentNullException>(() => ExtractionLimits.Default with { Text = null! });
        Assert.Throws<ArgumentNullException>(() => FormExtractorOptions.Default with { Limits = null! });
    }
}
