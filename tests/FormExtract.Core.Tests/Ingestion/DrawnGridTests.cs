using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>Tables drawn with borders, read by their borders: the rule-line recogniser, the columns, the boxes.</summary>
public class DrawnGridTests
{
    private static IReadOnlyList<LayoutRow> Read(params string[] lines) =>
        new AlignedRows(TemplateCatalog.Default).Read(TextLine.Split(string.Join('\n', lines)), CancellationToken.None);

    private static string[] Texts(LayoutRow row) => row.Cells.Where(c => !c.IsEmpty && !c.IsSpanCopy).Select(c => c.Text).ToArray();

    [Theory]
    [InlineData("├──────────────┼────────────┼──────┤")]
    [InlineData("├              ┼────────────┼──────┤")]
    [InlineData("+              +------------+------+")]
    [InlineData("│资金├────────────┼──────┤")]
    [InlineData("│    ├────────────┼──────┤")]
    [InlineData("╞══════════╪════════╪══════╡")]
    [InlineData("------------------------------")]
    public void A_line_of_strokes_is_a_rule_whatever_crossings_it_has(string line) =>
        Assert.True(GridLine.IsRuleText(line));

    [Theory]
    [InlineData("│ 10 │ --- │ 9 │")]
    [InlineData("| - | - |")]
    [InlineData("│ 项目名称 │ 公共卫生服务项目经费 │")]
    [InlineData("注：本表金额单位为万元 ---")]
    [InlineData("├ ├ ├")]
    public void Text_with_a_dash_or_bars_is_no_rule(string line) =>
        Assert.False(GridLine.IsRuleText(line));

    [Fact]
    public void A_rules_lone_crossings_are_marks_between_columns_not_text()
    {
        var line = GridLine.Parse(new TextLine(1, "├      ┼────┼──┤"), displayWidth: true);

        Assert.True(line.IsRule);
        Assert.Equal([0, 7, 12, 15], line.Marks.Select(m => m.Position));
    }

    [Fact]
    public void A_merged_label_wrapped_across_row_bands_is_one_cell_over_its_rows()
    {
        // The label is set in the middle of its box, so its two lines fall in different rows; the rules are left
        // open under it, with a lone crossing where its box ends.
        var rows = Read(
            "┌──────────┼──────────────┼──────────┐",
            "│          │ 年度资金总额 │  100.00  │",
            "├          ┼──────────────┼──────────┤",
            "│ 项目资金 │ 当年财政拨款 │  80.00   │",
            "├          ┼──────────────┼──────────┤",
            "│  (万元)  │   其他资金   │  20.00   │",
            "├──────────┼──────────────┼──────────┤",
            "│   总分   │              │   100    │",
            "└──────────┼──────────────┼──────────┘");

        Assert.Equal(4, rows.Count);
        var label = rows[0].Cells[0];
        Assert.Equal(("项目资金(万元)", 3), (label.Text, label.RowSpan));
        Assert.All(rows.Skip(1).Take(2), r => Assert.True(r.Cells[0].IsSpanCopy));
        Assert.Equal(["当年财政拨款", "80.00"], Texts(rows[1]));
        Assert.Equal(["总分", "100"], Texts(rows[3]));
        Assert.Equal(string.Empty, rows[3].Cells[1].Text);
    }

    [Fact]
    public void Title_lines_above_the_grid_are_rows_of_their_own()
    {
        var rows = Read(
            "              财政项目支出绩效自评表",
            "                  (2022 年度)",
            "+----------+-----------------------+",
            "| 项目名称 | 社区综合为老服务补贴  |",
            "+----------+-----------------------+",
            "| 主管部门 | 上海市民政局          |",
            "+----------+-----------------------+");

        Assert.Equal(["财政项目支出绩效自评表"], Texts(rows[0]));
        Assert.Equal(["(2022 年度)"], Texts(rows[1]));
        Assert.Equal(["项目名称", "社区综合为老服务补贴"], Texts(rows[2]));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void A_cells_lines_join_paragraphs_apart_and_a_figure_cut_by_the_wrap_whole()
    {
        var rows = Read(
            "┌────┬─────────────────────┐",
            "│目标│1预算执行：执行率100.│",
            "│    │00%；                │",
            "│    │                     │",
            "│    │2产出情况：已完成。  │",
            "└────┴─────────────────────┘");

        Assert.Equal("1预算执行：执行率100.00%；\n2产出情况：已完成。", Assert.Single(rows).Cells[1].Text);
    }

    [Fact]
    public void A_bar_put_out_by_a_character_of_ambiguous_width_keeps_its_column()
    {
        // w3m counts ≥ as two columns; counted as one here, the rest of that line stands one column to the left.
        var rows = Read(
            "┌──────────┬───────────┬─────┐",
            "│三级指标  │年度指标值 │分值 │",
            "├──────────┼───────────┼─────┤",
            "│参与人次  │≥2000人次 │7    │",
            "├──────────┼───────────┼─────┤",
            "│满意度    │=85%       │6    │",
            "└──────────┴───────────┴─────┘");

        Assert.Equal(3, rows.Count);
        Assert.Equal([0, 1, 2], rows[1].Cells.Select(c => c.Column));
        Assert.Equal(["参与人次", "≥2000人次", "7"], Texts(rows[1]));
    }
}
