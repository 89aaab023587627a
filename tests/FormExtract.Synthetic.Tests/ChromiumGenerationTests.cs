using System.Diagnostics;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using Serilog.Core;
using FormExtract.Testing;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// Generation through the real external renderers (Chromium, pdftoppm, ImageMagick, img2pdf), on two forms.
/// Slow: CI runs it after scripts/setup.sh has installed them.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ChromiumGenerationTests
{
    private readonly ExternalRenderers _renderers = new(new ExternalRendererOptions(), Logger.None);

    [Fact]
    public void Chromium_prints_the_forms_reproducibly_and_the_pdf_holds_their_text()
    {
        var forms = FormGenerator.Index(new FormGenerator(new GeneratorOptions(seed: 9, formCount: 2)).Generate());
        var html = new HtmlRenderer(HtmlStyle.Standard[0]).Render(forms);

        var first = _renderers.PrintPdf(html, CancellationToken.None);
        var second = _renderers.PrintPdf(html, CancellationToken.None);

        Assert.True(first.Bytes.Span.StartsWith("%PDF"u8));
        Assert.True(first.Pages >= 2, $"{first.Pages} pages for two forms");
        Assert.Equal(first.Bytes.ToArray(), second.Bytes.ToArray());
        var text = PdfText(first.Bytes);
        foreach (var form in forms)
        {
            Assert.Contains(form.ProjectName!.Text, text, StringComparison.Ordinal);
        }

        var scan = _renderers.Scan(first, ScanStyle.Standard.Single(s => s.Format == ScanFormat.Pdf), seed: 1, CancellationToken.None);
        Assert.True(scan.Bytes.Span.StartsWith("%PDF"u8));
        Assert.True(scan.Ocr);
        Assert.Equal(first.Pages, scan.Pages);
        Assert.DoesNotContain(forms[0].ProjectName!.Text, PdfText(scan.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_black_and_white_scan_is_a_group_4_tiff_of_one_bit_pages_and_a_coarse_one_is_at_150_dpi()
    {
        var forms = FormGenerator.Index(new FormGenerator(new GeneratorOptions(seed: 9, formCount: 1)).Generate());
        var pdf = _renderers.PrintPdf(new HtmlRenderer(HtmlStyle.Standard[0]).Render(forms), CancellationToken.None);

        var bilevel = _renderers.Scan(pdf, ScanStyle.CoarseStyles.First(s => s.Bilevel), seed: 1, CancellationToken.None);
        var low = _renderers.Scan(pdf, ScanStyle.CoarseStyles.First(s => s.Dpi == 150), seed: 1, CancellationToken.None);

        Assert.Equal(".tif", bilevel.Extension);
        Assert.All(Identify(bilevel, "%z %[compression]\n"), page => Assert.Equal("1 Group4", page));
        Assert.Equal(".jpg", low.Extension);
        // One A4 page wide at 150 dpi (8.27 inches), the pages stacked.
        Assert.Equal(1240, int.Parse(Assert.Single(Identify(low, "%w\n")), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_style_that_splits_rows_lets_a_row_break_across_a_page_where_the_default_moves_it_whole()
    {
        var layout = SyntheticLayouts.Find("project-self-evaluation-split-target")!;
        var forms = FormGenerator.Index(new FormGenerator(new GeneratorOptions(seed: 1212, formCount: 4, layout: layout)).Generate());
        string[] Tops(HtmlStyle style)
        {
            var random = new Random(1);
            var html = new GridHtmlRenderer(style).Render(forms, forms.Select(f => layout.Printer.Grid(f, random)).ToArray());
            return PageTops(_renderers.PrintPdf(html, CancellationToken.None).Bytes);
        }

        // A page opens with a form's title or with the table's header repeated over its continuation, unless a
        // row's lines run on from the page before (a row taller than what is left of a page does so either way).
        static int RunOn(string[] tops) => tops.Count(top => !top.Contains("自评表", StringComparison.Ordinal) && !top.Contains("年度指标值", StringComparison.Ordinal));
        var whole = Tops(HtmlStyle.Standard[0]);
        var split = Tops(HtmlStyle.Standard[0] with { SplitRows = true });

        Assert.True(whole.Length > forms.Count, $"{whole.Length} pages for {forms.Count} forms: no table runs on to a second page");
        Assert.True(RunOn(split) > RunOn(whole), $"pages opening inside a row: {RunOn(split)} of {split.Length} split, {RunOn(whole)} of {whole.Length} whole");
    }

    /// <summary>ImageMagick's description of each page of a scan, in <paramref name="format"/>.</summary>
    private static string[] Identify(RenderedFile scan, string format)
    {
        var path = Path.Combine(Path.GetTempPath(), "formextract-" + Guid.NewGuid().ToString("N") + scan.Extension);
        File.WriteAllBytes(path, scan.Bytes.ToArray());
        try
        {
            var start = new ProcessStartInfo("identify", ["-format", format, path]) { RedirectStandardOutput = true };
            using var process = ChildProcess.Start(start);
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The first line of text of each page of the PDF, as poppler's pdftotext lays it out.</summary>
    private static string[] PageTops(ReadOnlyMemory<byte> pdf) =>
        [.. PdfToText(pdf, "-layout").Split('\f').SkipLast(1).Select(page => page.Split('\n').FirstOrDefault(line => line.Trim().Length > 0) ?? string.Empty)];

    /// <summary>The PDF's text as poppler's pdftotext reads it (poppler folds the radical code points).</summary>
    private static string PdfText(ReadOnlyMemory<byte> pdf) =>
        PdfToText(pdf).Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>What pdftotext writes for the PDF with <paramref name="options"/>, its pages parted by form feeds.</summary>
    private static string PdfToText(ReadOnlyMemory<byte> pdf, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), "formextract-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf.ToArray());
        try
        {
            var start = new ProcessStartInfo("pdftotext", [.. options, path, "-"]) { RedirectStandardOutput = true };
            using var process = ChildProcess.Start(start);
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
