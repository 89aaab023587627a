using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Ocr.Tests;

/// <summary>The last step on OCR'd rows: headings put back where the rows around them tell what they are.</summary>
public sealed class LayoutFinisherTests
{
    private readonly LayoutFinisher _finisher = new(OcrOptions.Default);

    /// <summary>
    /// The split target's second header row as read from a black-and-white 200 dpi page: only 指标性质 is right, so
    /// alone it is no header row. Under 年度指标值 spanning its three columns, it is the target's parts.
    /// </summary>
    [Fact]
    public void A_sub_header_under_the_targets_spanning_heading_is_put_back_on_its_parts()
    {
        var rows = _finisher.Finish([Header(target: "年度指标值"), SubHeader("指标性质", "指标什", "上度好单位")]).Rows;

        Assert.Equal(["三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值"], rows[1].Cells.Select(c => c.Text));
    }

    /// <summary>
    /// The target's spanning heading read as no heading (年度指标值 as 和件上度指标贷, as on a black-and-white 200 dpi
    /// page) over its three parts read right: it is the target's heading, and the parts have a target to belong to.
    /// </summary>
    [Fact]
    public void A_heading_spanning_a_targets_three_parts_is_the_targets_heading()
    {
        var rows = _finisher.Finish([Header(target: "和件上度指标贷"), SubHeader("指标性质", "指标值", "度量单位")]).Rows;

        Assert.Equal(["三级指标", "年度指标值", "实际完成值", "分值"], rows[0].Cells.Select(c => c.Text));
        Assert.True(rows[0].Cells[1].Origin.Evidence!.Placement.HasFlag(CellPlacement.Snapped));
    }

    /// <summary>Under 度量单位, a % read with its circles as 0 or o is the %; the same reading elsewhere is left as read.</summary>
    [Theory]
    [InlineData("0%")]
    [InlineData("o0")]
    [InlineData("0/0")]
    public void A_percent_misread_under_the_unit_heading_is_the_percent(string read)
    {
        LayoutRow indicator = new([Cell("出勤率", 0, 2), Cell("≥", 1, 2), Cell("95", 2, 2), Cell(read, 3, 2), Cell(read, 4, 2), Cell("12", 5, 2)]);

        var rows = _finisher.Finish([Header(target: "年度指标值"), SubHeader("指标性质", "指标值", "度量单位"), indicator]).Rows;

        Assert.Equal(["出勤率", "≥", "95", "%", read, "12"], rows[2].Cells.Select(c => c.Text));
    }

    /// <summary>Under a heading that is no target's (or one read as none), the same cells are left as they were read.</summary>
    [Fact]
    public void Cells_under_another_spanning_heading_are_left_as_read()
    {
        var rows = _finisher.Finish([Header(target: "和件上度指标贷"), SubHeader("指标性质", "指标什", "上度好单位")]).Rows;

        Assert.Equal(["指标性质", "指标什", "上度好单位"], rows[1].Cells.Where(c => !c.IsSpanCopy).Select(c => c.Text));
    }

    private static LayoutRow Header(string target) => new(
    [
        Cell("三级指标", 0, 0), Cell(target, 1, 0) with { ColumnSpan = 3 }, Cell("实际完成值", 4, 0), Cell("分值", 5, 0),
    ]);

    private static LayoutRow SubHeader(string comparator, string number, string unit) => new(
    [
        Cell("三级指标", 0, 0) with { IsSpanCopy = true }, Cell(comparator, 1, 1), Cell(number, 2, 1), Cell(unit, 3, 1),
        Cell("实际完成值", 4, 0) with { IsSpanCopy = true }, Cell("分值", 5, 0) with { IsSpanCopy = true },
    ]);

    /// <summary>A cell read by OCR at column <paramref name="column"/> of header row <paramref name="row"/>, in a box of its own.</summary>
    private static LayoutCell Cell(string text, int column, int row) =>
        new(text, column, new CellOrigin(null, 1, new Box(column * 100, row * 50, (column * 100) + 100, (row * 50) + 50), 0.9));
}
