using FormExtract.Core.Ingestion;
using FormExtract.Pdf.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Pdf.Tests;

/// <summary>A PDF that would take gigabytes, or whose pages run past the page bound, costs one file or its extra pages, with the bound named.</summary>
public class BoundsTests
{
    [Fact]
    public void A_stream_that_inflates_past_the_default_bound_fails_the_file()
    {
        var bomb = HostileFiles.PdfBomb(200L * 1024 * 1024);

        var result = new PdfTableReader().Read(new InputFile("bomb.pdf", bomb), CancellationToken.None);

        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(PdfTableReader.UnreadableCode, result.Failure?.Code);
        Assert.Contains("bomb.pdf", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("past the 128 MiB allowed (PdfReaderOptions.MaxStreamBytes)", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stream_bound_can_be_lowered_and_a_stream_within_it_is_read()
    {
        var options = new PdfReaderOptions { MaxStreamBytes = 4 * 1024 * 1024 };

        var beyond = new PdfTableReader(options).Read(new InputFile("bomb.pdf", HostileFiles.PdfBomb(8 * 1024 * 1024)), CancellationToken.None);
        var within = new PdfTableReader(options).Read(new InputFile("small.pdf", HostileFiles.PdfBomb(2 * 1024 * 1024)), CancellationToken.None);
        var form = new PdfTableReader(options).Read(new InputFile("form.pdf", File.ReadAllBytes(Fixture.PathOf("single-form.pdf"))), CancellationToken.None);

        Assert.Contains("MaxStreamBytes", beyond.Failure?.Message, StringComparison.Ordinal);
        Assert.Null(within.Failure);
        Assert.NotEmpty(form.Document!.Rows);
    }

    [Fact]
    public void Pages_past_the_page_bound_are_left_unread_with_a_warning_naming_them()
    {
        var result = new PdfTableReader(new PdfReaderOptions { MaxPages = 3 }).Read(new InputFile("report.pdf", HostileFiles.PdfOfPages(5)), CancellationToken.None);

        var document = result.Document!;
        Assert.Equal(3, document.Rows.Select(r => r.Page).Distinct().Count());
        Assert.Contains(document.Rows, r => r.Cells[0].Text == "Page 3 of the report");
        var warning = Assert.Single(document.Warnings, w => w.Code == PdfTableReader.PagesOverLimitCode);
        Assert.Equal(4, warning.Page);
        Assert.Contains("report.pdf: the document has 5 pages; pages 4–5 were not read", warning.Message, StringComparison.Ordinal);
    }
}
