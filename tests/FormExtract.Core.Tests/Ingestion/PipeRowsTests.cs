using System.Text;
using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Template;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>The | reader on the two ways web pages are dumped: row by row (empty cells dropped, rows padded) and cell by cell.</summary>
public class PipeRowsTests
{
    private static IReadOnlyList<LayoutRow> Read(params string[] lines) =>
        new PipeRows(TemplateCatalog.Default.HeaderLine).Read(TextLine.Split(string.Join('\n', lines)), CancellationToken.None);

    private static string[] Texts(LayoutRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Padded_rows_broken_over_lines_are_joined_until_they_have_the_tables_pipes()
    {
        // Every row is padded to five pipes: a line with fewer goes on in the next, as far as five; the header ends
        // in a single pipe but has its five, so the line after it is a row of its own.
        var rows = Read(
            "标题 | ||||",
            "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
            "产出指标 |",
            "数量指标 | 指标甲 | 5 | ||",
            "效益指标 |",
            "社会效益指标 |",
            "|||",
            "指标乙 | 5 | |||");

        Assert.Equal(5, rows.Count);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "得分"], Texts(rows[1]));
        Assert.Equal(["产出指标", "数量指标", "指标甲", "5"], Texts(rows[2]).Take(4).ToArray());
        Assert.Equal(["效益指标", "社会效益指标"], Texts(rows[3]).Take(2).ToArray());
        Assert.Equal("指标乙", rows[4].Cells[0].Text);
    }

    [Fact]
    public void A_row_broken_over_two_lines_is_still_joined()
    {
        var rows = Read(
            "标题 | ||||",
            "产出指标 |",
            "| 数量指标 | 指标甲 | 5 | ||");

        // The second line's leading pipe is the first line's row going on: its cell before the pipe is empty.
        Assert.Equal(2, rows.Count);
        Assert.Equal(["产出指标", "", "数量指标", "指标甲", "5"], Texts(rows[1]).Take(5).ToArray());
    }

    [Fact]
    public void Cell_by_cell_a_lone_pipe_is_an_empty_cell_until_the_row_and_one_closing_pipe_fill_the_table()
    {
        // A table five cells wide: each row is closed by as many pipes as it is short of five.
        var rows = Read(
            "标题 |", "||||",
            "甲 |", "|", "丙 |", "||",
            "一 |", "二 |", "三 |", "四 |", "|",
            "子 |", "|", "|", "丑 |", "|",
            "末 |", "||||");

        Assert.Equal(5, rows.Count);
        Assert.Equal(["甲", "", "丙"], Texts(rows[1]).Take(3).ToArray());
        Assert.Equal(["一", "二", "三", "四"], Texts(rows[2]).Take(4).ToArray());
        Assert.Equal(["子", "", "", "丑"], Texts(rows[3]).Take(4).ToArray());
        Assert.Equal("末", rows[4].Cells[0].Text);
    }

    [Fact]
    public void Cell_by_cell_each_table_keeps_its_own_width()
    {
        // Two tables, four and six cells wide: the lone pipe after 丁 closes a full row of the first, and is an empty
        // cell in the second, whose rows are longer.
        var rows = Read(
            "表一 |", "|||",
            "甲 |", "乙 |", "丙 |", "丁 |", "|",
            "末 |", "|||",
            "表二 |", "|||||",
            "甲 |", "乙 |", "丙 |", "丁 |", "|", "戊 |", "|",
            "己 |", "|||||");

        Assert.Equal(6, rows.Count);
        Assert.Equal(["甲", "乙", "丙", "丁"], Texts(rows[1]).Take(4).ToArray());
        Assert.Equal("末", rows[2].Cells[0].Text);
        Assert.Equal(["甲", "乙", "丙", "丁", "", "戊"], Texts(rows[4]).Take(6).ToArray());
        Assert.Equal("己", rows[5].Cells[0].Text);
    }

    [Fact]
    public void Funding_rows_that_drop_their_blank_first_figure_are_placed_by_their_printed_rate()
    {
        // Padded at their end, the rows fill every column, but the total row's 75.12% stands left of 执行率: the rows
        // left 年初预算数 blank, and the budget and execution before the rate give it (21,251,973.84 / 28,290,700).
        const string text = """
            财政项目支出绩效自评表 | ||||||||||
            (2022 年度) | ||||||||||
            项目名称 | 生态环境执法专项经费 | |||||||||
            主管部门 | 上海市生态环境局 | 实施单位 | 上海市固体废物管理中心 | |||||||
            项目资金 (元) |
            年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||
            年度资金总额 | 28290700.00 | 21,251,973.84 | 10 | 75.12% | 7.51 | |||||
            其中：本年财政拨款 | 23198374 | 16159647.84 | — | |||||||
            上年结转资金 | 5092326 | 5092326 | — | |||||||
            其他资金 | 0 | — | ||||||||
            绩效指标 |
            一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||
            产出指标 |
            数量指标 | 执法检查参与人次 | >=5000人次 | 2.4万人次 | 90 | 90 | ||||
            总分 | 100 | 97.51 | |||||||
            """;
        var form = Assert.Single(Pipelines.ExtractText("pipe-rows.txt", Encoding.UTF8.GetBytes(text)).Document.Forms);

        var funding = form.Funding;
        Assert.Null(funding.Total?.InitialBudget?.Value);
        Assert.Equal(28290700.00m, funding.Total?.AdjustedBudget?.Value);
        Assert.Equal(21251973.84m, funding.Total?.Executed?.Value);
        Assert.Equal(0.7512m, funding.ExecutionRate?.Value);
        Assert.Equal(7.51m, funding.Score?.Value);
        Assert.Equal(23198374m, funding.FiscalAppropriation?.AdjustedBudget?.Value);
        Assert.Equal(16159647.84m, funding.FiscalAppropriation?.Executed?.Value);
        Assert.Equal(5092326m, funding.Carryover?.Executed?.Value);
        Assert.DoesNotContain(form.Findings, f => f.Severity == Model.Severity.Error);
    }

    [Fact]
    public void Cells_on_lines_of_their_own_with_pipes_on_the_lines_between_are_rebuilt_into_rows()
    {
        // As 铜陵's rubric reached the index: one pipe closes a cell, a second closes the row, a third is an empty cell.
        var rows = Read(
            "# copied from a page",
            "|", "标题", "|", "|",
            "序号", "|", "一级指标", "|", "三级指标", "|", "县级评分", "|", "市级评分", "|", "|",
            "1", "|", "决策(10)", "|", "民主议事", "|", "2", "|", "|", "|",
            "2", "|", "申报审批", "|", "2", "|", "|");

        Assert.Equal(5, rows.Count);
        Assert.Equal(["# copied from a page"], Texts(rows[0]));
        Assert.Equal(["标题"], Texts(rows[1]));
        Assert.Equal(["序号", "一级指标", "三级指标", "县级评分", "市级评分"], Texts(rows[2]));
        Assert.Equal(["1", "决策(10)", "民主议事", "2", ""], Texts(rows[3]));
        Assert.Equal(["2", "申报审批", "2"], Texts(rows[4]));
    }
}
