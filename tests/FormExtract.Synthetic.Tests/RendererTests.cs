using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Rendering;

namespace FormExtract.Synthetic.Tests;

public sealed class RendererTests
{
    private static readonly IReadOnlyList<Form> Forms =
        FormGenerator.Index(new FormGenerator(new GeneratorOptions(seed: 5, formCount: 3)).Generate());

    [Fact]
    public void A_clean_text_dump_puts_every_indicator_cell_in_its_column()
    {
        var file = new TextDumpRenderer(TextDumpStyle.Standard[0]).Render(Forms, new Random(1));
        var layout = new TextDumpReader().Read(new InputFile("x.txt", file.Bytes), CancellationToken.None).Document!;

        var names = Forms.SelectMany(f => f.Indicators).Select(i => i.Name!.Text).ToHashSet();
        var rows = layout.Rows.Where(r => r.Cells.Count > 2 && names.Contains(r.Cells[2].Text)).ToArray();
        Assert.Equal(Forms.Sum(f => f.Indicators.Count), rows.Length);
        foreach (var (row, indicator) in rows.Zip(Forms.SelectMany(f => f.Indicators)))
        {
            Assert.Equal(indicator.Target?.Text ?? string.Empty, row.Cells[3].Text);
            Assert.Equal(indicator.Score!.Text, row.Cells[6].Text);
        }
    }

    [Fact]
    public void A_damaged_text_dump_keeps_each_cell_text_somewhere_on_the_page()
    {
        var style = TextDumpStyle.Standard.Single(s => s.Name == "damaged");
        var file = new TextDumpRenderer(style).Render(Forms, new Random(2));
        var text = Encoding.UTF8.GetString(file.Bytes.Span);

        Assert.Contains("\r\n\r\n", text, StringComparison.Ordinal);
        foreach (var indicator in file.Forms.SelectMany(f => f.Indicators))
        {
            Assert.Contains(indicator.Name!.Text, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gb2312_html_declares_its_charset_and_merges_the_indicator_block_into_one_tall_cell()
    {
        var style = HtmlStyle.Standard.Single(s => s.Charset == "gb2312");
        var file = new HtmlRenderer(style).Render(Forms);
        var gb2312 = CodePagesEncodingProvider.Instance.GetEncoding("GB2312")!;
        var html = gb2312.GetString(file.Bytes.Span);

        Assert.Contains("<meta charset=\"gb2312\">", html, StringComparison.Ordinal);
        Assert.Equal(file.Bytes.ToArray(), gb2312.GetBytes(html));
        foreach (var form in Forms)
        {
            Assert.Contains($"rowspan=\"{form.Indicators.Count + 1}\">", html, StringComparison.Ordinal);
            Assert.Contains(form.ProjectName!.Text, html, StringComparison.Ordinal);
        }

        Assert.Contains("&nbsp;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_refuse_settings_no_renderer_can_honour()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextDumpStyle("x", WrapGapChance: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlStyle("x", Charset: "big5"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanStyle("x", dpi: 20, degraded: false, ScanFormat.Png));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeneratorOptions(seed: 1, errorFraction: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExternalRendererOptions(timeoutPerMegapixel: TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Coarse_files_take_the_scan_styles_in_turn_and_a_face_a_round_the_first_in_the_serif_under_their_old_names()
    {
        var styles = ScanStyle.CoarseStyles.Count;
        var files = Enumerable.Range(0, styles * HtmlStyle.Faces.Count + 1).Select(HtmlStyle.Coarse).ToArray();

        Assert.Equal(ScanStyle.CoarseStyles.Select(s => s.Name), files.Take(styles).Select(f => f.Name));
        Assert.All(files.Take(styles), f => Assert.Same(HtmlStyle.Standard[0], f.Face));
        Assert.Equal("bilevel-200-tiff-sans", files[styles + 1].Name);
        Assert.Contains("Noto Sans CJK SC", files[styles + 1].Face.FontFamily, StringComparison.Ordinal);
        Assert.Equal(ScanStyle.CoarseStyles[1], files[styles + 1].Scan);
        Assert.Contains("WenQuanYi Micro Hei", files[2 * styles].Face.FontFamily, StringComparison.Ordinal);
        // After the last face the serif comes round again.
        Assert.Equal(files[0], files[^1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlStyle.Coarse(-1));
    }

    [Fact]
    public void Scans_are_printed_in_the_serif_under_their_old_names_unless_the_corpus_names_another_face()
    {
        var options = new CorpusOptions("out", seed: 1, formsPerKind: 2, [CorpusKind.Scan]);

        Assert.Same(HtmlStyle.Faces[0], options.ScanFace);
        Assert.Same(HtmlStyle.Standard[0], options.ScanFace);
        Assert.Equal(string.Empty, HtmlStyle.FaceSuffix(options.ScanFace));
        var sans = options with { ScanFace = HtmlStyle.Face("sans")! };
        Assert.Equal("-sans", HtmlStyle.FaceSuffix(sans.ScanFace));
        Assert.Same(HtmlStyle.Faces[2], HtmlStyle.Face("microhei"));
        Assert.Null(HtmlStyle.Face("comic"));
        // A face outside the list would print pages no seed name tells apart.
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { ScanFace = new HtmlStyle("plain", FontFamily: "serif") });
    }

    [Fact]
    public void An_image_tools_time_limit_grows_with_the_pixels_it_handles()
    {
        var options = new ExternalRendererOptions(timeout: TimeSpan.FromMinutes(1), timeoutPerMegapixel: TimeSpan.FromSeconds(10));

        // Four 300 dpi A4 pages (8.7 MP each) get five more minutes than a call that handles no image.
        Assert.Equal(TimeSpan.FromMinutes(1), options.TimeoutFor(0));
        Assert.Equal(TimeSpan.FromSeconds(60 + 348), options.TimeoutFor(4 * 8.7));
    }
}
