using System.Globalization;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Files;
using FormExtract.Cli.Logging;
using Spectre.Console;

namespace FormExtract.Cli.Tests;

public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Log_lines_print_whole_above_a_live_progress_bar_and_never_straight_to_stderr()
    {
        var dump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));
        var inputs = Enumerable.Range(0, 3).Select(i => new BatchInput(i, NativePath.Of(_folder.Write($"in/{i}.txt", dump)), $"in/{i}.txt", $"{i}.txt")).ToArray();
        using var terminal = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        var logs = new LogConsole(stderr);
        await using var logger = Logs.Create(null, quiet: false, logs);
        using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = 1, Ocr = false });
        await using var sink = new DirectorySink(_folder.Path("out"), resume: false, retryFailed: true);
        var runner = new BatchRunner(extractor, sink, logger, new BatchOptions(1, resume: false));

        await BatchProgress.RunAsync(runner, inputs, console, logs, CancellationToken.None);
        logger.Information("After the bar");

        var screen = terminal.ToString();
        Assert.Contains("Extracting pages", screen, StringComparison.Ordinal);
        foreach (var input in inputs)
        {
            // Each line arrives whole, on a line of its own, not cut by the bar's redrawing.
            Assert.Contains($"Read 12 forms from {input.DisplayPath}: 1 extraction warnings", screen, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Read 12 forms", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("After the bar", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_counts_its_pages_and_any_other_file_one()
    {
        var twoPages = Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", "mixed-scan-second.pdf");
        var text = Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt");
        var cut = _folder.Write("cut.pdf", File.ReadAllBytes(twoPages)[..200]);

        Assert.Equal(2, PageEstimate.Of(twoPages));
        Assert.Equal(1, PageEstimate.Of(text));
        Assert.Equal(1, PageEstimate.Of(cut));
        Assert.Equal(1, PageEstimate.Of(_folder.Path("missing.pdf")));
    }

    [Fact]
    public void Progress_counts_pages_and_corrects_each_guess_when_the_file_is_read()
    {
        var small = new BatchInput(0, NativePath.Of("a.png"), "a.png", "a.png");
        var large = new BatchInput(1, NativePath.Of("b.pdf"), "b.pdf", "b.pdf");
        var progress = new PageProgress([1, 10]);

        progress.Complete(new FileOutcome(small, FileStatus.Written, 1, 0, 0, null, Pages: 1));

        // One file of two is done, but one page of eleven: the remaining time follows the pages.
        Assert.Equal((1L, 11L), (progress.Done, progress.Total));

        progress.Complete(new FileOutcome(large, FileStatus.Written, 1, 0, 0, null, Pages: 12));
        Assert.Equal((13L, 13L), (progress.Done, progress.Total));
    }
}
