using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Office.Tests.Support;
using FormExtract.Office.Word;

namespace FormExtract.Office.Tests;

/// <summary>The DOCX reader on small documents written part by part: merged cells, paragraphs, runs, and where each cell came from.</summary>
public sealed class DocxTableReaderTests
{
    private static LayoutDocument Read(string body)
    {
        var result = new DocxTableReader().Read(new InputFile("form.docx", Packages.Docx(body)), CancellationToken.None);
        Assert.Null(result.Failure);
        return result.Document!;
    }

    private static string Cell(string text, string properties = "") =>
        $"<w:tc><w:tcPr>{properties}</w:tcPr>{string.Concat(text.Split('\n').Select(p => $"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))}</w:tc>";

    [Fact]
    public void Grid_spans_vertical_merges_and_skipped_grid_columns_place_cells_as_word_draws_them()
    {
        var table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + Cell("产出指标", "<w:vMerge w:val=\"restart\"/>") + Cell("数量指标", "<w:gridSpan w:val=\"2\"/>") + Cell("10") + "</w:tr>"
            + "<w:tr>" + Cell(string.Empty, "<w:vMerge/>") + Cell("年初\n预算数") + Cell("b") + Cell("c") + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Cell("d") + "</w:tr>"
            + "</w:tbl>";
        var document = Read(table);

        Assert.Equal(3, document.Rows.Count);
        var group = document.Rows[0].Cells[0];
        Assert.Equal(("产出指标", 2, "table[1]/row[1]/column[1]"), (group.Text, group.RowSpan, group.Origin.Ref));
        Assert.Equal((1, 2), (document.Rows[0].Cells[1].Column, document.Rows[0].Cells[1].ColumnSpan));
        Assert.Equal(3, document.Rows[0].Cells[2].Column);
        Assert.True(document.Rows[1].Cells[0].IsSpanCopy);
        Assert.Equal(["产出指标", "年初\n预算数", "b", "c"], document.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal("table[1]/row[2]/column[3]", document.Rows[1].Cells[2].Origin.Ref);
        var after = document.Rows[2].Cells.Single();
        Assert.Equal(("d", 1, "table[1]/row[3]/column[2]"), (after.Text, after.Column, after.Origin.Ref));
    }

    [Fact]
    public void Paragraphs_between_tables_are_rows_of_their_own_and_header_fields_split_into_label_and_value()
    {
        var body = "<w:p><w:r><w:t>财政项目支出绩效自评表</w:t></w:r></w:p><w:p/>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">项目名称：残疾人  事业</w:t></w:r></w:p>"
            + "<w:tbl><w:tr>" + Cell("总分") + "</w:tr></w:tbl>"
            + "<w:p><w:r><w:t>（2023年度）</w:t></w:r></w:p>"
            + "<w:tbl><w:tr>" + Cell("年度资金总额") + "</w:tr></w:tbl>";
        var document = Read(body);

        Assert.Equal(["财政项目支出绩效自评表", "项目名称", "总分", "（2023年度）", "年度资金总额"], document.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("残疾人 事业", document.Rows[1].Cells[1].Text);
        Assert.Equal("paragraph[3]", document.Rows[1].Cells[0].Origin.Ref);
        Assert.Equal("paragraph[4]", document.Rows[3].Cells[0].Origin.Ref);
        Assert.Equal("table[2]/row[1]/column[1]", document.Rows[4].Cells[0].Origin.Ref);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Text_is_read_as_word_shows_it_inserted_kept_deleted_hidden_and_field_codes_left_out_breaks_kept()
    {
        var paragraph = "<w:p><w:r><w:t>总</w:t></w:r><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>分</w:t></w:r></w:ins>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            + "<w:hyperlink><w:r><w:t>(100分)</w:t></w:r></w:hyperlink><w:r><w:br/><w:t>合计</w:t></w:r></w:p>";
        var document = Read($"<w:tbl><w:tr><w:tc>{paragraph}</w:tc></w:tr></w:tbl>");

        Assert.Equal("总分(100分)\n合计", document.Rows.Single().Cells.Single().Text);
    }
}
