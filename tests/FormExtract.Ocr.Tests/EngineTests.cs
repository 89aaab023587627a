using FormExtract.Core.Model;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>The interop against the installed libtesseract and liblept: engines load and read a known cell.</summary>
public sealed class EngineTests
{
    [Fact]
    public void Both_engines_load_from_the_installed_models()
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        using (engines)
        {
            Assert.True(engines is not null, problem);
            Assert.StartsWith("5.", TesseractEngine.Version, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readers_given_one_set_of_worker_engines_share_it_and_leave_it_to_its_owner()
    {
        using var engines = new WorkerEngines(OcrOptions.Default);
        var (first, problem) = engines.Current;
        Assert.True(first is not null, problem);
        var scan = Repository.Path("corpus", "synthetic", "scan", "scan-03-degraded-300-pdf.pdf");
        var input = new Core.Ingestion.InputFile(scan, File.ReadAllBytes(scan));

        using (var pdf = new OcrFallbackPdfReader(Pdf.PdfReaderOptions.Default, OcrOptions.Default, engines))
        using (var images = new ImageTableReader(OcrOptions.Default, engines))
        {
            Assert.True(images.Read(input, CancellationToken.None).Document is not null);
        }

        // The readers are gone; the engines they used are this thread's still, and still read.
        Assert.Same(first, engines.Current.Engines);
        using var again = new ImageTableReader(OcrOptions.Default, engines);
        Assert.True(again.Read(input, CancellationToken.None).Document is not null);
    }

    [Fact]
    public void The_figure_engine_reads_a_budget_cell_of_a_scan()
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var page = Pix.Decode(File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png"))))
        {
            Assert.NotNull(page);
            engines.SetPage(page, 200);
            // The 年初预算数 of 年度资金总额 on this 200 dpi page (34969272.00 in its truth), inside the cell's rules.
            var reading = engines.Figures.Read(new Box(460, 492, 708, 535), CellKind.Number, singleLine: true);

            Assert.Equal("34969272.00", reading.Text);
            Assert.InRange(reading.Confidence, 0.6, 1);
        }
    }

    [Fact]
    public void A_short_figure_on_a_coarse_page_is_read_whole_and_trusted()
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var page = Pix.Decode(File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png"))))
        {
            Assert.NotNull(page);
            engines.SetPage(page, 200);
            // The 分值 17 of the tenth indicator on this 200 dpi page, inside the cell's rules: a figure this short is
            // read again from a crop scaled to 300 dpi, and the page's text is still read after it.
            var weight = engines.Figures.Read(new Box(1080, 3696, 1149, 3780), CellKind.Number, singleLine: true);
            var budget = engines.Figures.Read(new Box(460, 492, 708, 535), CellKind.Number, singleLine: true);

            Assert.Equal("17", weight.Text);
            Assert.InRange(weight.Confidence, OcrOptions.Default.LowConfidence, 1);
            Assert.NotNull(weight.Symbols);
            Assert.Equal("34969272.00", budget.Text);
        }
    }

    [Fact]
    public void A_figure_reading_gives_each_character_with_the_choices_the_model_weighed()
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var page = Pix.Decode(File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png"))))
        {
            Assert.NotNull(page);
            engines.SetPage(page, 200);
            var figure = engines.Figures.Read(new Box(460, 492, 708, 535), CellKind.Number, singleLine: true);
            var text = engines.Text.Read(new Box(460, 492, 708, 535), CellKind.Text, singleLine: true);

            Assert.NotNull(figure.Symbols);
            Assert.Equal(figure.Text, string.Concat(figure.Symbols.Select(s => s.Text)));
            Assert.All(figure.Symbols, s => Assert.Contains(s.Text, s.Choices.Select(c => c.Text)));
            Assert.All(figure.Symbols, s => Assert.InRange(s.Confidence, 0, 1));
            // Prose is not walked character by character: only figures are checked against the sums.
            Assert.Null(text.Symbols);
        }
    }
}
