namespace FormExtract.Ocr.Tests;

/// <summary>
/// A header row read off a thin black-and-white scan: most of its headings lost strokes, and beside the ones read
/// right they are put back on the heading they lie nearest to.
/// </summary>
public sealed class HeadingSnapperTests
{
    private readonly HeadingSnapper _snapper = new(OcrOptions.Default.Vocabulary);

    [Fact]
    public void A_header_row_read_through_broken_strokes_is_the_header()
    {
        // As read from a generated 200 dpi black-and-white page, before the change the table was taken for text.
        string[] read = ["绩效指标", "-级指标", "二级指标", "二级指标", "件度指标便", "实际完成舍", "分全", "得分", "俩奖原轩分析太改进措施"];

        var row = _snapper.Row(read);

        Assert.NotNull(row);
        Assert.Equal(["绩效指标", "一级指标", "二级指标", "二级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], row);
    }

    [Fact]
    public void A_split_target_sub_header_with_one_heading_misread_is_the_sub_header()
    {
        Assert.Equal(["指标性质", "指标值", "度量单位"], _snapper.Row(["指标性质", "指标俱", "度量单位"]) ?? []);
    }

    [Fact]
    public void A_split_target_sub_header_read_with_two_headings_broken_is_put_back_under_its_heading()
    {
        // As read from a generated 200 dpi black-and-white page: 度量单位 wraps down its narrow column, one
        // character a line. Only 指标性质 is right, so the row alone is no header, and the target was not split.
        string[] read = ["指标性质", "指标什", "上度好单位"];

        Assert.Null(_snapper.Row(read));
        Assert.Equal(["指标性质", "指标值", "度量单位"], _snapper.UnderTarget(read) ?? []);
    }

    [Theory]
    // An indicator's parts under the heading: a comparator and a figure are no headings.
    [InlineData("≥", "85", "%")]
    // A word of a qualitative target is not near enough to a part.
    [InlineData("定性", "合格")]
    public void Cells_under_a_target_heading_that_are_no_parts_are_left_as_read(params string[] read) =>
        Assert.Null(_snapper.UnderTarget(read));

    [Theory]
    [InlineData("年度指标值", true)]
    [InlineData("指标值", false)]
    [InlineData("实际完成值", false)]
    public void A_target_heading_is_told(string text, bool target) =>
        Assert.Equal(target, _snapper.IsTargetHeading(text));

    [Theory]
    // Only one heading read right: the others may be an indicator's words.
    [InlineData("二级指标", "件度指标便", "实际完成舍", "分全")]
    // Two headings, but most cells are content: an indicator row beside a funding row's words.
    [InlineData("分值", "得分", "服务对象满意度", "10", "8.5", "及时")]
    public void A_row_that_is_not_mostly_headings_is_left_as_read(params string[] read) =>
        Assert.Null(_snapper.Row(read));

    [Theory]
    // A figure is never a heading, however near.
    [InlineData("分1")]
    // Two headings of different columns as near: which one it is cannot be told.
    [InlineData("年度")]
    // Too far from any heading: three edits in five characters.
    [InlineData("牟虔指标仁")]
    public void A_cell_that_is_no_one_heading_is_not_snapped(string read) =>
        Assert.Null(_snapper.Near(read));

    [Theory]
    [InlineData("分全", "分值")]
    [InlineData("-级指标", "一级指标")]
    [InlineData("全件蔬算数", "全年预算数")]
    public void A_cell_near_one_heading_is_that_heading(string read, string heading) =>
        Assert.Equal(heading, _snapper.Near(read));
}
