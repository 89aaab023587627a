using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

public class TextAssemblyTests
{
    private readonly CellTextAssembler _assembler = new(PdfReaderOptions.Default);

    [Fact]
    public void Wrapped_lines_are_read_top_to_bottom_and_joined_without_a_gap()
    {
        // Letters of the lower line first, and glyph positions that differ by a fraction of a point on one line.
        Glyph[] glyphs =
        [
            new("验", 10, 19, 32, 9), new("收", 19, 28, 32.2, 9),
            new("课", 10, 19, 20, 9), new("题", 19, 28, 19.8, 9), new("已", 28, 37, 20.1, 9),
        ];

        Assert.Equal("课题已验收", _assembler.Assemble(glyphs));
    }

    [Fact]
    public void Latin_words_keep_one_space_and_a_gap_on_a_line_becomes_a_space()
    {
        Glyph[] glyphs =
        [
            new("a", 10, 15, 20, 10), new("b", 15, 20, 20, 10), new("c", 25, 30, 20, 10),
            new("d", 10, 15, 32, 10),
        ];

        Assert.Equal("ab c d", _assembler.Assemble(glyphs));
    }

    [Fact]
    public void A_long_cell_from_a_real_pdf_reads_in_order()
    {
        var layout = Fixture.Read("single-form.pdf");

        var reason = layout.Rows.SelectMany(r => r.Cells).First(c => c.Text.StartsWith("课题为", StringComparison.Ordinal));

        Assert.Equal("课题为跨年度项⽬，⽬前2个课题初稿已完成，下⼀步加⼤推进课题的进度，及时做好评估验收⼯作", reason.Text);
    }

    [Fact]
    public void Radicals_are_not_a_fault_but_private_use_and_unmapped_letters_are()
    {
        var health = new TextLayerHealth(PdfReaderOptions.Default);
        Glyph[] radicals = [.. "项⽬⼈⾦⻔⺠".Select((c, i) => new Glyph(c.ToString(), i * 10, i * 10 + 9, 20, 9))];
        Glyph[] garbled = [new("\uE001", 0, 9, 20, 9), new("(cid:123)", 9, 18, 20, 9), new(string.Empty, 18, 27, 20, 9), new("\uFFFD", 27, 36, 20, 9)];

        Assert.Null(health.Inspect(new PageContent(1, 595, 842, radicals, [])));
        var warning = health.Inspect(new PageContent(3, 595, 842, [.. radicals, .. garbled], []));

        Assert.Equal((TextLayerHealth.GarbledTextCode, 3), (warning!.Code, warning.Page!.Value));
        Assert.StartsWith("page 3: 4 of 10 letters", warning.Message, StringComparison.Ordinal);
        Assert.Equal(TextLayerHealth.NoTextCode, health.Inspect(new PageContent(2, 595, 842, [], []))!.Code);
    }

    [Fact]
    public void A_page_without_letters_is_told_apart_by_whether_it_has_an_image()
    {
        var health = new TextLayerHealth(PdfReaderOptions.Default);

        var scan = health.Inspect(new PageContent(2, 595, 842, [], []) { Images = 1 })!;
        var blank = health.Inspect(new PageContent(3, 595, 842, [], []))!;

        Assert.Equal((TextLayerHealth.NoTextCode, 2), (scan.Code, scan.Page!.Value));
        Assert.Contains("(a scan?)", scan.Message, StringComparison.Ordinal);
        Assert.Equal((TextLayerHealth.NoTextCode, 3), (blank.Code, blank.Page!.Value));
        Assert.Contains("neither a text layer nor an image", blank.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_rules_is_read_by_column_alignment()
    {
        var layout = Fixture.Read("reportlab-borderless.pdf");

        Assert.Equal(["财政项目支出绩效自评表", "(2022年度)"], layout.Rows.Take(2).Select(r => Assert.Single(r.Cells).Text));
        var header = layout.Rows[2];
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], header.Cells.Select(c => c.Text));
        Assert.Equal(["", "", "完成研究课题个数", "=2个", "1.6", "10", "6"], layout.Rows[4].Cells.Take(7).Select(c => c.Text));
    }
}
