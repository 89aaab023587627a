using FormExtract.Core.Ingestion;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>Files that are not readable scans fail as values, quickly, and leave the reader usable.</summary>
public sealed class BadImageTests : IDisposable
{
    private readonly ImageTableReader _reader = new();

    [Fact]
    public void An_empty_file_is_a_failure_naming_its_size()
    {
        var failure = _reader.Read(new InputFile("empty.png", ReadOnlyMemory<byte>.Empty), CancellationToken.None).Failure;

        Assert.NotNull(failure);
        Assert.Equal(ImageTableReader.UnreadableCode, failure.Code);
        Assert.Contains("0 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_png_is_a_failure_and_the_next_file_is_still_read()
    {
        var bytes = File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png"));

        var failure = _reader.Read(new InputFile("cut.png", bytes.AsMemory(0, 4000)), CancellationToken.None).Failure;
        var next = _reader.Read(new InputFile("grid.png", Drawing.GridWithMergedCell()), CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Equal(ImageTableReader.UnreadableCode, failure.Code);
        Assert.Null(next.Failure);
    }

    [Fact]
    public void A_huge_image_is_refused_from_its_header_before_decoding()
    {
        var huge = Drawing.Blank(20000, 20000);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failure = _reader.Read(new InputFile("huge.png", huge), CancellationToken.None).Failure;

        Assert.NotNull(failure);
        Assert.Contains("20000×20000", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [Fact]
    public void Text_that_is_not_an_image_is_not_claimed()
    {
        Assert.False(_reader.CanRead(new InputFile("form.txt", "项目名称\t残疾人"u8.ToArray())));
        Assert.True(_reader.CanRead(new InputFile("grid.png", Drawing.GridWithMergedCell())));
    }

    [Fact]
    public void Missing_models_are_reported_with_the_package_to_install()
    {
        var (folder, problem) = TessdataLocator.Find(Path.Combine(Path.GetTempPath(), "no-such-tessdata"), null, ["chi_sim"]);

        Assert.Null(folder);
        Assert.Contains(TessdataLocator.ChineseModelPackage, problem, StringComparison.Ordinal);
    }

    public void Dispose() => _reader.Dispose();
}
