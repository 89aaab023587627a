using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;
using FormExtract.Testing;
using FormExtract.Testing.Hostile;

namespace FormExtract.Html.Tests;

/// <summary>Pages nested deep enough to take minutes to parse end as one file's failure; real pages are far from the bound.</summary>
public class NestingTests
{
    [Fact]
    public void A_page_nested_100000_deep_fails_with_the_bound_named()
    {
        var result = new HtmlTableReader().Read(new InputFile("deep.html", HostileFiles.DeepHtml(100_000)), CancellationToken.None);

        Assert.Equal(HtmlTableReader.TooDeepCode, result.Failure?.Code);
        Assert.Contains("deep.html", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("more than 1000 deep (HtmlReaderOptions.MaxNesting)", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_refused_for_its_depth_is_not_read_again_as_text()
    {
        var extractor = DocumentExtractor.WithReaders(new HtmlTableReader(), new TextDumpReader());

        var result = extractor.Extract(new InputFile("deep.html", HostileFiles.DeepHtml(100_000)), CancellationToken.None);

        Assert.Equal(HtmlTableReader.TooDeepCode, result.Failure?.Code);
    }

    [Fact]
    public void A_page_within_the_bound_is_read()
    {
        var options = new HtmlReaderOptions { MaxNesting = 50 };

        var within = new HtmlTableReader(options).Read(new InputFile("ok.html", HostileFiles.DeepHtml(45)), CancellationToken.None);
        var beyond = new HtmlTableReader(options).Read(new InputFile("deep.html", HostileFiles.DeepHtml(55)), CancellationToken.None);

        Assert.Null(within.Failure);
        Assert.Equal("项目名称", Assert.Single(within.Document!.Rows).Cells[0].Text);
        Assert.Equal(HtmlTableReader.TooDeepCode, beyond.Failure?.Code);
    }

    [Fact]
    public void Every_page_fixture_nests_far_below_the_default_bound()
    {
        var pages = Directory.GetFiles(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages"), "*.html");

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.InRange(NestingGauge.Depth(File.ReadAllText(page, Encoding.Latin1), int.MaxValue), 1, 60));
    }

    [Fact]
    public void Unclosed_paragraphs_cells_and_void_elements_do_not_count_as_depth()
    {
        var untidy = string.Concat(Enumerable.Repeat("<p>text<br><img src=x><td>cell<li>item<input>", 5000));

        Assert.Equal(2, NestingGauge.Depth($"<html><body><div>{untidy}<span>x</span></div></body></html>", int.MaxValue));
    }

    [Fact]
    public void A_page_past_the_size_bound_fails_unparsed()
    {
        var result = new HtmlTableReader(new HtmlReaderOptions { MaxBytes = 1000 }).Read(new InputFile("big.html", HostileFiles.DeepHtml(500)), CancellationToken.None);

        Assert.Equal(HtmlTableReader.TooLargeCode, result.Failure?.Code);
        Assert.Contains("HtmlReaderOptions.MaxBytes", result.Failure!.Message, StringComparison.Ordinal);
    }
}
