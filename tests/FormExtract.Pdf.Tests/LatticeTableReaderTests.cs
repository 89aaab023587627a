using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

public class LatticeTableReaderTests
{
    [Fact]
    public void The_published_layout_gives_the_exact_grid_with_its_merged_cells()
    {
        var page = Pages.Of("single-form.pdf")[0];

        var tables = new LatticeTableReader(PdfReaderOptions.Default).Read(page);

        var table = Assert.Single(tables);
        Assert.Equal(10, table.ColumnEdges.Count); // 9 columns
        Assert.Equal(22, table.RowCount); // name, department, 5 funding, 2 goals, header + 11 indicators, total
        var merged = table.Cells.Where(c => (c.RowSpan > 1 || c.ColumnSpan > 1) && c.Text.Length > 0).Select(Describe).ToArray();
        Assert.Contains("0,1 1x8 残疾⼈权益保障经费", merged);
        Assert.Contains("2,0 5x1 项⽬资⾦ (元)", merged);
        Assert.Contains("2,1 1x2 ", table.Cells.Select(Describe)); // the empty corner over the funding labels
        Assert.Contains("7,0 2x1 年度总体⽬标", merged);
        Assert.Contains("7,1 1x4 预期⽬标", merged);
        Assert.Contains("9,0 12x1 绩效指标", merged);
        Assert.Contains("10,1 7x1 产出指标", merged);
        Assert.Contains("10,2 3x1 数量指标", merged);
        Assert.Contains("17,1 3x1 效益指标", merged);
        Assert.Contains("21,0 1x6 总分", merged);
        // Every grid position is covered by exactly one cell: no padding, no overlap.
        var covered = table.Cells.SelectMany(c =>
            from r in Enumerable.Range(c.Row, c.RowSpan) from k in Enumerable.Range(c.Column, c.ColumnSpan) select (r, k)).ToArray();
        Assert.Equal(table.RowCount * 9, covered.Length);
        Assert.Equal(covered.Length, covered.Distinct().Count());
    }

    [Fact]
    public void Stroked_rules_from_another_producer_give_the_same_kind_of_grid()
    {
        var page = Pages.Of("reportlab-split-row.pdf")[1];

        var table = Assert.Single(new LatticeTableReader(PdfReaderOptions.Default).Read(page));

        Assert.Equal(9, table.ColumnEdges.Count);
        var top = table.CellsStartingOn(0).ToArray();
        // The page starts inside a cut row: no top rule over any of its cells.
        Assert.All(top, c => Assert.True(c.OpenTop));
        Assert.Equal(8, top.Length);
        Assert.StartsWith("步将按季度跟踪进度", top[^1].Text, StringComparison.Ordinal);
        Assert.All(top[..^1], c => Assert.Equal(string.Empty, c.Text));
    }

    /// <summary>
    /// A merged category cut by the page break: the browser centres its label on the whole cell, so the label's
    /// second line (指标) falls under the page piece's last rule, where the cut left the column open.
    /// </summary>
    [Fact]
    public void A_cut_cells_label_run_past_the_pieces_open_bottom_stays_in_the_cell()
    {
        Glyph[] Word(string text, double left, double baseline) =>
            text.Select((c, i) => new Glyph(c.ToString(), left + (i * 9), left + ((i + 1) * 9), baseline, 9)).ToArray();
        RulingLine[] rules =
        [
            new(false, 0, 0, 60), new(false, 50, 0, 60), new(false, 100, 0, 60),
            new(true, 0, 0, 100), new(true, 30, 0, 100),
            new(true, 60, 50, 100), // the bottom rule under the right column only: the left one is cut open
        ];
        Glyph[] glyphs =
        [
            .. Word("效益", 5, 25), .. Word("名称", 55, 25),
            .. Word("社会效益", 5, 55), .. Word("5", 55, 55),
            .. Word("指标", 5, 68), // 4.6 pt under the piece, in the open column
            .. Word("注", 55, 68), // as close under the closed column: not the cell's
            .. Word("页脚", 5, 95), // farther down: the page's, not the cell's
        ];

        var table = Assert.Single(new LatticeTableReader(PdfReaderOptions.Default).Read(new PageContent(1, 200, 200, glyphs, rules)));

        var bottom = table.CellsStartingOn(1).Select(c => c.Text).ToArray();
        Assert.Equal(["社会效益指标", "5"], bottom);
        Assert.True(table.Bounds.Y1 >= 68, "the table's bounds take in the label's last line, so it is not read again outside");
        Assert.True(table.Bounds.Y1 < 80, "nor the page's text farther down");
    }

    [Fact]
    public void A_rule_interrupted_by_a_merged_cell_keeps_the_cells_either_side_apart()
    {
        var page = Pages.Of("single-form.pdf")[0];
        var table = new LatticeTableReader(PdfReaderOptions.Default).Read(page)[0];

        var department = table.CellsStartingOn(1).Select(c => (c.Column, c.ColumnSpan, c.Text)).ToArray();

        Assert.Equal([(0, 1, "主管部⻔"), (1, 3, "上海市残疾⼈联合会"), (4, 2, "实施单位"), (6, 3, "上海市残疾⼈联合会")], department);
    }

    [Fact]
    public void Doubled_rules_of_separate_cell_borders_are_one_edge()
    {
        var page = Pages.Of("separate-borders.pdf")[0];

        var table = Assert.Single(new LatticeTableReader(PdfReaderOptions.Default).Read(page));

        Assert.Equal(10, table.ColumnEdges.Count);
        Assert.Equal(20, table.RowCount); // name, department, 5 funding, 2 goals, header + 9 indicators, total
        Assert.Contains("9,0 10x1 绩效指标", table.Cells.Select(Describe));
    }

    private static string Describe(TableCell c) => $"{c.Row},{c.Column} {c.RowSpan}x{c.ColumnSpan} {c.Text}";
}
