namespace FormExtract.Ocr.Tests;

/// <summary>
/// A target's first line read again as a one-line target is stands for the Chinese model's reading only where it
/// mends the front of the figure (the comparator, a digit the comparator touches): the Chinese model reads the rest
/// of such a line better, a 万 cut off its 元 above all, which the figure engine reads as 7 or %.
/// </summary>
public sealed class WrappedTargetTests
{
    [Theory]
    // The = touched the 1 at 200 dpi, and the Chinese model read >=1 as sd.
    [InlineData("sd300人", ">=1300人", true)]
    // The 1 after the comparator read as a letter on a blurred page.
    [InlineData(">=j400人", ">=1400人", true)]
    // Only the comparator differs, told by its strokes.
    [InlineData("10000人次", "≥10000人次", true)]
    [InlineData("S10万", "≤10万", true)]
    // A unit wrapped before its 元: the figure engine read the 万 as a digit or a mark.
    [InlineData("≤10万", "≤107", false)]
    [InlineData("≤10万", "≤10%", false)]
    [InlineData("<=20万", "<=20记", false)]
    // Another figure, not one with digits added in front.
    [InlineData("6.15万", "6.2万", false)]
    [InlineData("18.4万", "18 47", false)]
    // No target's line: words around a figure.
    [InlineData("完成2个项目的建设", "2", false)]
    public void A_first_line_read_as_a_target_stands_only_where_it_mends_the_front(string chinese, string measure, bool stands) =>
        Assert.Equal(stands, CellReader.MendsFront(chinese, measure));
}
