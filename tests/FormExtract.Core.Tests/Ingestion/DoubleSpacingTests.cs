using FormExtract.Core.Ingestion.Text;

namespace FormExtract.Core.Tests.Ingestion;

public class DoubleSpacingTests
{
    [Fact]
    public void A_blank_line_after_every_line_is_spacing_and_goes_with_the_lines_keeping_their_numbers()
    {
        var lines = TextLine.Split("项目名称\n\n某项目\n\n主管部门\n\n某局\n\n实施单位\n\n某中心\n\n年初预算数\n\n全年预算数\n\n10\n");

        var undone = DoubleSpacing.Undo(lines);

        Assert.Equal(["项目名称", "某项目", "主管部门", "某局", "实施单位", "某中心", "年初预算数", "全年预算数", "10"], undone.Select(l => l.Text));
        Assert.Equal([1, 3, 5, 7, 9, 11, 13, 15, 17], undone.Select(l => l.Number));
    }

    [Fact]
    public void A_longer_run_of_blank_lines_keeps_all_but_its_spacing()
    {
        // One cell per line, the empty cell after 某局 a blank line of its own.
        var lines = TextLine.Split("a\n\nb\n\nc\n\n\n\nd\n\ne\n\nf\n\ng\n\nh\n");

        var undone = DoubleSpacing.Undo(lines);

        Assert.Equal(["a", "b", "c", "", "d", "e", "f", "g", "h"], undone.Select(l => l.Text));
    }

    [Theory]
    [InlineData("项目名称\t某项目\n主管部门\t某局\n\n实施单位\t某中心\n年初预算数\t1\n全年预算数\t2\n全年执行数\t3\n分值\t10\n执行率\t100%\n")]
    [InlineData("a\n\nb\n\nc\n\nd\n")]
    public void Text_that_is_not_double_spaced_is_left_as_it_is(string text)
    {
        var lines = TextLine.Split(text);

        Assert.Same(lines, DoubleSpacing.Undo(lines));
    }
}
