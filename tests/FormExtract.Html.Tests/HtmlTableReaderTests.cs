using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Html.Tests.Support;

namespace FormExtract.Html.Tests;

public class HtmlTableReaderTests
{
    private static string Rows(string markup) => Fixture.Render(Fixture.Read(Fixture.Html(markup)).Rows);

    [Fact]
    public void A_value_whose_end_only_the_next_label_marks_is_parted_out_of_its_line_and_says_so()
    {
        var rows = Fixture.Read(Fixture.Html("<p>主管部门：某委员会　实施单位：某中心</p><p>项目名称：某经费</p>")).Rows;

        var cells = rows.SelectMany(r => r.Cells).ToDictionary(c => c.Text, c => c.Origin.Evidence!.Placement);
        // 某委员会 ends where 实施单位 begins: a guess. A value running to the end of its line, and the labels, are read as printed.
        Assert.Equal(CellPlacement.Fused, cells["某委员会"]);
        Assert.All(new[] { "主管部门", "实施单位", "某中心", "项目名称", "某经费" }, t => Assert.Equal(CellPlacement.Direct, cells[t]));
    }

    [Fact]
    public void Cell_text_is_what_a_reader_sees()
    {
        var rows = Rows("""
            <table><tr><td><p class=MsoNormal><span style='mso-bidi-font-family:宋体'>年度<font face=宋体>资金</font>总额<o:p></o:p></span></p>
            <p>第二&nbsp;&nbsp; 行<br>第三行</p><script>var x = "脚本";</script><style>td{}</style><!-- 注释 --></td>
            <td>残疾人权益
            保障经费 and
            more</td><td><span style="display:none">隐藏</span>显示</td></tr></table>
            """);

        Assert.Equal("0:年度资金总额⏎第二 行⏎第三行 | 1:残疾人权益保障经费 and more | 2:显示", rows);
    }

    [Fact]
    public void Zero_width_spaces_inside_words_show_as_nothing()
    {
        // Some sites put them between the characters of a page's words against copying.
        var rows = Rows("<table><tr><td>项\u200B目\u200C名称</td><td>某&#8203;经费&#x2060;</td></tr></table>");

        Assert.Equal("0:项目名称 | 1:某经费", rows);
    }

    [Fact]
    public void Paragraphs_above_the_table_come_first_as_rows_of_their_own()
    {
        var rows = Rows("""
            <html><body><div class="nav">首页</div>
            <h1>财政项目支出绩效自评表</h1><p>（2022年度）<br>项目名称：某经费</p>
            <table><caption>表一</caption><tr><td>A</td><td>B</td></tr></table><p>填报人：某人</p></body></html>
            """);

        Assert.Equal("0:首页\n0:财政项目支出绩效自评表\n0:（2022年度）\n0:项目名称 | 1:某经费\n0:表一\n0:A | 1:B\n0:填报人：某人", rows);
    }

    [Fact]
    public void A_layout_table_is_walked_through_to_the_form_table_inside()
    {
        var rows = Rows("""
            <table width="100%"><tr><td>导航</td><td><div>标题</div>
            <table border=1><tr><td rowspan=2>项目资金</td><td>年初预算数</td></tr><tr><td>100</td></tr></table>
            </td></tr></table>
            """);

        Assert.Equal("0:导航\n0:标题\n0r2:项目资金 | 1:年初预算数\n^0r2:项目资金 | 1:100", rows);
    }

    [Fact]
    public void A_small_table_inside_a_data_cell_is_read_as_that_cell_s_text()
    {
        var rows = Rows("""
            <table><tr><td>三级指标名称很长的一格</td><td>偏差原因分析及改进措施的说明文字</td>
            <td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></td></tr></table>
            """);

        Assert.Equal("0:三级指标名称很长的一格 | 1:偏差原因分析及改进措施的说明文字 | 2:甲 乙⏎丙", rows);
    }

    [Fact]
    public void Cells_carry_the_source_line_of_their_element()
    {
        var layout = Fixture.Read(Fixture.Html("<table>\n<tr>\n<td>A</td>\n<td\nrowspan=2>B</td></tr>\n<tr><td>C</td></tr></table>"));

        Assert.Equal([3, 4], layout.Rows[0].Cells.Select(c => c.Origin.Line!.Value));
        Assert.Equal([6, 4], layout.Rows[1].Cells.OrderBy(c => c.Column).Select(c => c.Origin.Line!.Value));
    }

    [Fact]
    public void Unclosed_tags_are_repaired_as_a_browser_repairs_them()
    {
        var layout = Fixture.Read(Fixture.Html("<table><tr><td>A<td><b>B<tr><td>C<td>D<td>E<td>F</table>"));

        Assert.Equal("0:A | 1:B\n0:C | 1:D", Fixture.Render(layout.Rows));
        Assert.Equal(["table[1] > tr[2] > td[3]", "table[1] > tr[2] > td[4]"], layout.Warnings.Select(w => w.Path));
    }

    [Fact]
    public void Gb2312_declared_in_the_page_is_decoded()
    {
        var bytes = TextDecoder.Gb18030.GetBytes("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body><table><tr><td>绩效指标</td></tr></table></body></html>");
        var layout = Fixture.Read(new InputFile("form.htm", bytes));

        Assert.Equal("gb18030", layout.Encoding);
        Assert.Equal("0:绩效指标", Fixture.Render(layout.Rows));
        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void A_stale_gb2312_declaration_on_a_utf8_page_gives_way_with_a_warning()
    {
        var layout = Fixture.Read(new InputFile("form.html", Encoding.UTF8.GetBytes("<meta charset=\"gb2312\"><table><tr><td>绩效指标</td></tr></table>")));

        Assert.Equal("utf-8", layout.Encoding);
        Assert.Equal("0:绩效指标", Fixture.Render(layout.Rows));
        Assert.Equal("charset-mismatch", Assert.Single(layout.Warnings).Code);
    }

    [Fact]
    public void Undeclared_gbk_bytes_are_read_as_gb18030()
    {
        var layout = Fixture.Read(new InputFile("form.html", TextDecoder.Gb18030.GetBytes("<table><tr><td>项目名称</td></tr></table>")));

        Assert.Equal("gb18030", layout.Encoding);
        Assert.Equal("0:项目名称", Fixture.Render(layout.Rows));
    }

    [Theory]
    [InlineData("page.txt", "\uFEFF<!DOCTYPE html><html>", true)]
    [InlineData("page.bin", "  <TABLE border=1>", true)]
    [InlineData("form.htm", "财政项目支出绩效自评表\t\t", true)]
    [InlineData("form.txt", "财政项目支出绩效自评表\t\t\n项目名称\t某经费", false)]
    public void CanRead_takes_html_by_its_content_or_its_name(string name, string content, bool expected) =>
        Assert.Equal(expected, new HtmlTableReader().CanRead(new InputFile(name, Encoding.UTF8.GetBytes(content))));

    [Fact]
    public void An_empty_file_is_a_failure_value()
    {
        var result = new HtmlTableReader().Read(new InputFile("empty.html", Array.Empty<byte>()), CancellationToken.None);

        Assert.Equal("empty-file", result.Failure?.Code);
    }

    [Fact]
    public void The_word_export_fixture_really_is_gbk_bytes()
    {
        var bytes = Fixture.Page("word-export-gb2312.html").Bytes.ToArray();

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        Assert.Equal("gb18030", Fixture.Read("word-export-gb2312.html").Encoding);
    }
}
