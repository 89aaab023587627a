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

    [Fact]
    public void A_rule_interrupted_by_a_merged_cell_keeps_the_cells_either_side_apart()
    {
        var page = Pages.Of("single-form.pdf")[0];
        var table = new LatticeTableReader(PdfReaderOptions.Default).Read(page)[0];

        var department = table.CellsStartingOn(1).Select(c => (c.Column, c.ColumnSpan, c.Text)).ToArray();

        Assert.Equal([(0, 1, "主管部⻔"), (1, 3, "上海市残疾⼈联合会"), (4, 2, "实施单位"), (6, 3, "上海市残疾⼈联合会")], department);
    }

    private static string Describe(TableCell c) => $"{c.Row},{c.Column} {c.RowSpan}x{c.ColumnSpan} {c.Text}";
}
