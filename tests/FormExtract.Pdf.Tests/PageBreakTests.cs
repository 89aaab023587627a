using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

/// <summary>Tables that run over a page break, read through the whole reader.</summary>
public class PageBreakTests
{
    [Fact]
    public void A_table_continued_on_the_next_page_is_one_table_with_its_merged_cells_spanning_the_break()
    {
        var layout = Fixture.Read("long-table.pdf");

        var indicatorRows = layout.Rows.Where(r => r.Cells.Count == 9 && r.Cells[0].Text == "绩效指标").ToArray();
        Assert.Equal(31, indicatorRows.Length); // the header and 30 indicators
        Assert.Equal(31, indicatorRows[0].Cells[0].RowSpan);
        Assert.All(indicatorRows.Skip(1), r => Assert.True(r.Cells[0].IsSpanCopy));
        var firstOnPage2 = layout.Rows.First(r => r.Page == 2);
        Assert.True(firstOnPage2.FollowsBreak);
        Assert.Equal(["产出指标", "质量指标", "第5类辅具验收合格率"], firstOnPage2.Cells.Skip(1).Take(3).Select(c => c.Text));
        Assert.Single(layout.Rows, r => r.FollowsBreak);
        // 产出指标 (14 + 8 + 1 indicators) is printed once on page 1; its cell goes on over 5 rows of page 2.
        Assert.Equal(23, layout.Rows.Count(r => r.Cells.Any(c => c.Column == 1 && c.Text == "产出指标")));
    }

    [Fact]
    public void Category_cells_cut_above_and_below_a_whole_page_keep_that_page_in_their_table_and_category()
    {
        // On page 2 the cells of 绩效指标, 产出指标 and 数量指标 are cut by both breaks: no rule crosses them there,
        // so their side rules touch no other rule.
        var layout = Fixture.Read("page-long-category.pdf");

        var page2 = layout.Rows.Where(r => r.Page == 2).ToArray();
        Assert.Equal(24, page2.Length);
        Assert.All(page2, r => Assert.Equal(
            ["绩效指标", "产出指标", "数量指标"], r.Cells.Take(3).Select(c => c.Text)));
        Assert.All(page2, r => Assert.All(r.Cells.Take(3), c => Assert.True(c.IsSpanCopy)));
        Assert.Equal(40, layout.Rows.Count(r => r.Cells.Count == 9 && r.Cells[2] is { Column: 2, Text: "数量指标" }));
        var firstOnPage3 = layout.Rows.First(r => r.Page == 3);
        Assert.Equal(["绩效指标", "产出指标", "数量指标"], firstOnPage3.Cells.Take(3).Select(c => c.Text));
        Assert.StartsWith("第39社区康复服务", firstOnPage3.Cells[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_cut_by_the_page_break_is_one_row_with_its_text_joined()
    {
        var layout = Fixture.Read("reportlab-split-row.pdf");

        var cut = Assert.Single(layout.Rows, r => r.Cells.Any(c => c.Text == "法律宣传活动参与人次"));
        Assert.Equal(1, cut.Page);
        Assert.Equal(Reason + Reason, cut.Cells[^1].Text);
        Assert.DoesNotContain(layout.Rows, r => r.FollowsBreak);
        var next = layout.Rows[layout.Rows.ToList().IndexOf(cut) + 1];
        Assert.Equal((2, "全市性法宣活动完成及时性"), (next.Page!.Value, next.Cells[2].Text));
        // The merged 产出指标 cell spans the break: every row of the group carries it.
        Assert.Equal(7, layout.Rows.Count(r => r.Cells.Count > 0 && r.Cells[0].Text == "产出指标"));
    }

    [Fact]
    public void A_header_row_repeated_on_every_page_is_read_once()
    {
        var layout = Fixture.Read("repeated-header.pdf");

        Assert.Equal(4, layout.Pages);
        Assert.Single(layout.Rows, r => r.Cells.Any(c => c.Text == "三级指标"));
        Assert.Equal(3, layout.Rows.Count(r => r.FollowsBreak));
        // Below the repeated header the category cells go on (empty on the new page, joined to the cell above).
        Assert.All(layout.Rows.Where(r => r.FollowsBreak), r => Assert.True(r.Cells[0].IsSpanCopy));
    }

    [Fact]
    public void Two_forms_in_one_file_the_second_starting_mid_page()
    {
        var layout = Fixture.Read("two-forms.pdf");

        var titles = layout.Rows.Where(r => r.Cells is [{ Text: "财政项⽬⽀出绩效⾃评表" }]).ToArray();
        Assert.Equal([1, 1], titles.Select(r => r.Page!.Value));
        Assert.Equal(2, layout.Rows.Count(r => r.Cells is [{ Text: "(2022年度)" }]));
        var firstOnPage2 = layout.Rows.First(r => r.Page == 2);
        Assert.True(firstOnPage2.FollowsBreak);
        Assert.Equal("项⽬资⾦(元)", firstOnPage2.Cells[0].Text);
        Assert.True(firstOnPage2.Cells[0].IsSpanCopy);
    }

    [Fact]
    public void Every_cell_has_its_page_and_a_box_with_the_origin_top_left()
    {
        var layout = Fixture.Read("long-table.pdf");

        var cells = layout.Rows.SelectMany(r => r.Cells).ToArray();
        Assert.All(cells, c => Assert.NotNull(c.Origin.Box));
        Assert.All(cells, c => Assert.InRange(c.Origin.Page!.Value, 1, 2));
        var title = layout.Rows[0].Cells[0].Origin.Box!.Value;
        var total = layout.Rows[^1].Cells[0].Origin.Box!.Value;
        Assert.True(title.Y0 < 100, $"the title sits near the top of page 1: {title}");
        Assert.True(total.Y0 > title.Y0 && total.Y1 < 842, $"y grows downwards on an A4 page: {total}");
    }

    private static string Reason => "受疫情影响部分线下活动改为线上开展，参与人次统计口径有所调整，下一步将按季度跟踪进度，完善线上线下相结合的活动组织方式，确保年度目标如期完成";
}
