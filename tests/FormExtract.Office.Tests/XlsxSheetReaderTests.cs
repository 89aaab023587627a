using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Office.Sheets;
using FormExtract.Office.Tests.Support;

namespace FormExtract.Office.Tests;

/// <summary>The XLSX reader on small workbooks written part by part: what each cell prints, where it came from, how merges span.</summary>
public sealed class XlsxSheetReaderTests
{
    private static LayoutDocument Read(byte[] bytes, string name = "book.xlsx")
    {
        var result = new XlsxSheetReader().Read(new InputFile(name, bytes), CancellationToken.None);
        Assert.Null(result.Failure);
        return result.Document!;
    }

    [Fact]
    public void Numbers_are_printed_by_their_number_format_without_the_noise_of_the_stored_double()
    {
        var styles = Packages.Styles((0, null), (4, null), (10, null), (164, "0.00"), (9, null), (165, "#,##0.00\"万元\""), (166, "#,##0.00;(#,##0.00)"), (167, "[Red]0.0%"));
        var row = "<sheetData><row r=\"1\">"
            + "<c r=\"A1\" s=\"1\"><v>3289878.2200000002</v></c><c r=\"B1\" s=\"2\"><v>0.91900000000000004</v></c>"
            + "<c r=\"C1\"><v>90.789999999999992</v></c><c r=\"D1\" s=\"3\"><v>5806025</v></c><c r=\"E1\" s=\"4\"><v>1</v></c>"
            + "<c r=\"F1\" s=\"5\"><v>0.1</v></c><c r=\"G1\" s=\"6\"><v>-1234.5</v></c><c r=\"H1\" s=\"7\"><v>0.96335</v></c>"
            + "<c r=\"I1\" t=\"s\"><v>0</v></c><c r=\"J1\" t=\"inlineStr\"><is><t>90.78999999999999</t></is></c>"
            + "</row></sheetData>";
        var document = Read(Packages.Xlsx([("Sheet1", row, null)], styles, "<si><t>3,289,878.22</t></si>"));

        var texts = document.Rows.Single().Cells.Select(c => c.Text).ToArray();
        Assert.Equal(["3,289,878.22", "91.90%", "90.79", "5806025.00", "100%", "0.10万元", "(1,234.50)", "96.3%", "3,289,878.22", "90.78999999999999"], texts);
    }

    [Fact]
    public void A_formula_gives_its_cached_value_and_is_kept_with_the_cells_reference_shared_formulas_moved_to_their_cell()
    {
        var data = "<sheetData>"
            + "<row r=\"2\"><c r=\"A2\"><v>10</v></c><c r=\"B2\"><v>20</v></c><c r=\"C2\"><f>A2+B2</f><v>30</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\"><v>2</v></c><c r=\"C3\"><f t=\"shared\" ref=\"C3:C4\" si=\"0\">A3+$B$3*B3</f><v>5</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"B4\"><v>4</v></c><c r=\"C4\"><f t=\"shared\" si=\"0\"/><v>11</v></c></row>"
            + "</sheetData>";
        var document = Read(Packages.Xlsx([("预算", data, null)]));

        var totals = document.Rows.Select(r => r.Cells.Single(c => c.Column == 2)).ToArray();
        Assert.Equal(["30", "5", "11"], totals.Select(c => c.Text));
        Assert.Equal(["=A2+B2", "=A3+$B$3*B3", "=A4+$B$3*B4"], totals.Select(c => c.Origin.Formula));
        Assert.Equal(["预算!C2", "预算!C3", "预算!C4"], totals.Select(c => c.Origin.Ref));
        Assert.Null(document.Rows[0].Cells[0].Origin.Formula);
    }

    [Fact]
    public void Merged_ranges_span_as_excel_shows_them_and_cells_are_named_by_sheet_and_reference()
    {
        var data = "<sheetData>"
            + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>财政项目支出绩效自评表</t></is></c></row>"
            + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>项目名称</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>残疾人事业</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>hidden under the merge</t></is></c></row>"
            + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>产出指标</t></is></c><c r=\"C5\" t=\"inlineStr\"><is><t>数量指标</t></is></c></row>"
            + "<row r=\"6\"><c r=\"C6\" t=\"inlineStr\"><is><t>质量指标</t></is></c></row>"
            + "</sheetData><mergeCells><mergeCell ref=\"B1:D1\"/><mergeCell ref=\"C2:D2\"/><mergeCell ref=\"B5:B6\"/></mergeCells>";
        var document = Read(Packages.Xlsx([("My sheet", data, null)]));

        Assert.Equal(4, document.Rows.Count);
        var title = document.Rows[0].Cells.Single();
        Assert.Equal(("财政项目支出绩效自评表", 0, 3, "'My sheet'!B1"), (title.Text, title.Column, title.ColumnSpan, title.Origin.Ref));
        Assert.Equal(["项目名称", "残疾人事业"], document.Rows[1].NonEmpty.Select(c => c.Text));
        Assert.Equal(2, document.Rows[1].NonEmpty[1].ColumnSpan);
        var group = document.Rows[2].Cells[0];
        Assert.Equal(("产出指标", 2, false), (group.Text, group.RowSpan, group.IsSpanCopy));
        Assert.True(document.Rows[3].Cells[0].IsSpanCopy);
        Assert.Equal("质量指标", document.Rows[3].NonEmpty[1].Text);
        Assert.Equal("'My sheet'!C6", document.Rows[3].NonEmpty[1].Origin.Ref);
    }

    [Fact]
    public void Visible_sheets_are_read_in_order_hidden_ones_named_rich_text_joined_without_its_phonetic_guide()
    {
        var strings = "<si><r><t>项目</t></r><r><t>名称</t></r><rPh sb=\"0\" eb=\"2\"><t>xiangmu</t></rPh></si><si><t>第二张</t></si><si><t>隐藏</t></si>";
        var document = Read(Packages.Xlsx(
            [("表1", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", null),
             ("参数", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row></sheetData>", "hidden"),
             ("表2", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row></sheetData>", null)],
            strings: strings));

        Assert.Equal(["项目名称", "第二张"], document.Rows.Select(r => r.Cells.Single().Text));
        var hidden = Assert.Single(document.Warnings);
        Assert.Equal("xlsx-hidden-sheets", hidden.Code);
        Assert.Contains("参数", hidden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_typed_with_an_equals_sign_that_the_spreadsheet_took_for_a_formula_is_read_as_typed()
    {
        var data = "<sheetData><row r=\"1\">"
            + "<c r=\"A1\" s=\"1\"><f>100%</f><v>1</v></c><c r=\"B1\" t=\"e\"><f>7件</f><v>#NAME?</v></c>"
            + "<c r=\"C1\"><f>1+2</f><v>3</v></c><c r=\"D1\" t=\"e\"><f>A1/0</f><v>#DIV/0!</v></c>"
            + "</row></sheetData>";
        var document = Read(Packages.Xlsx([("Sheet1", data, null)], Packages.Styles((0, null), (9, null))));

        var cells = document.Rows.Single().Cells;
        Assert.Equal(["=100%", "=7件", "3", "#DIV/0!"], cells.Select(c => c.Text));
        Assert.Equal(["=100%", "=7件", "=1+2", "=A1/0"], cells.Select(c => c.Origin.Formula));
    }
}
