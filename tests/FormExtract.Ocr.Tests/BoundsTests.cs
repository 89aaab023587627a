using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;
using FormExtract.Testing.Hostile;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Scans that used to lose pages silently or take gigabytes: a damaged page costs that page, a huge one is
/// refused from its header, pages past the bound are named, and a scan in which OCR finds nothing keeps its own
/// warnings instead of being read again as text.
/// </summary>
public sealed class BoundsTests : IDisposable
{
    private readonly ImageTableReader _reader = new();

    [Fact]
    public void A_damaged_tiff_page_costs_that_page_and_the_pages_after_it_are_read()
    {
        var ruled = TiffWriter.Ruled(400, 560);
        var garbled = new byte[4096];
        new Random(3).NextBytes(garbled);
        var tiff = TiffWriter.Write([ruled, new TiffPage(400, 560, garbled, Compression: 5), ruled]);

        var result = _reader.Read(new InputFile("three.tif", tiff), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(2, result.Document!.Pages);
        var warning = Assert.Single(result.Document.Warnings, w => w.Code == ImageTableReader.UnreadableCode);
        Assert.Equal(2, warning.Page);
        Assert.Equal("three.tif: page 2: the image data cannot be decoded (truncated or damaged).", warning.Message);
    }

    [Fact]
    public void A_huge_later_page_is_refused_from_its_header_and_the_first_page_is_kept()
    {
        var result = _reader.Read(new InputFile("huge.tif", HostileFiles.TiffWithHugeSecondPage(30000)), CancellationToken.None);

        Assert.Equal(1, result.Document!.Pages);
        var warning = Assert.Single(result.Document.Warnings, w => w.Code == ImageTableReader.UnreadableCode);
        Assert.Equal(2, warning.Page);
        Assert.Contains("30000×30000 pixels, more than the 100,000,000 allowed (OcrOptions.MaxPixels)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_past_the_page_bound_are_named_in_a_warning()
    {
        using var reader = new ImageTableReader(OcrOptions.Default with { MaxPages = 2 });

        var result = reader.Read(new InputFile("many.tif", HostileFiles.TiffOfPages(3)), CancellationToken.None);

        Assert.Equal(2, result.Document!.Pages);
        var warning = Assert.Single(result.Document.Warnings, w => w.Code == ImageTableReader.UnreadableCode);
        Assert.Equal(3, warning.Page);
        Assert.Contains("more than 2 pages; page 3 and the pages after it were not read (OcrOptions.MaxPages)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_page_100_inches_wide_is_not_rasterised_past_the_pixel_bound()
    {
        var file = new InputFile("poster.pdf", HostileFiles.HugeScannedPage(100));

        Assert.True(_reader.CanRead(file));
        var result = _reader.Read(file, CancellationToken.None);

        Assert.Equal(ImageTableReader.UnreadableCode, result.Failure?.Code);
        Assert.Contains("poster.pdf", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("rendered at 300 dpi, the image is 30000×30000 pixels, more than the 100,000,000 allowed", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_in_which_ocr_finds_no_table_keeps_its_warnings()
    {
        var extractor = DocumentExtractor.WithReaders(_reader, new TextDumpReader());

        var document = extractor.Extract(new InputFile("blank.tif", HostileFiles.BlankScan()), CancellationToken.None).Document;

        Assert.Equal(("image", true), (document.Source.Format.ToString().ToLowerInvariant(), document.Source.Ocr));
        Assert.Contains(document.Warnings, w => w.Code == ImageTableReader.NoTableCode);
        Assert.Contains(document.Warnings, w => w.Code == "no-forms");
    }

    [Fact]
    public void Scratch_folders_left_by_a_killed_run_are_removed_and_held_ones_kept()
    {
        using var held = ScratchFolder.Create();
        var left = Directory.CreateTempSubdirectory("formextract-ocr-");
        File.WriteAllBytes(Path.Combine(left.FullName, ".lock"), []);
        File.WriteAllBytes(Path.Combine(left.FullName, "in.pdf"), [1, 2, 3]);

        ScratchFolder.RemoveLeftovers();

        Assert.False(left.Exists && Directory.Exists(left.FullName));
        Assert.True(Directory.Exists(held.Folder.FullName));
    }

    public void Dispose() => _reader.Dispose();
}
