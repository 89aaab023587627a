using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Template;

public class PrintedPointsTests
{
    [Theory]
    [InlineData("产出指标(50分)", "产出指标", "50")]
    [InlineData("效益指标〈40分)", "效益指标", "40")]
    [InlineData("效益指标《40分)", "效益指标", "40")]
    [InlineData("总分(100分)", "总分", "100")]
    [InlineData("产出指标(50)", "产出指标", "50")]
    [InlineData("(2023年度)", "(2023年度)", null)]
    [InlineData("效益指标〈40)", "效益指标〈40)", null)]
    // Digits other than ASCII are not points (a key has full-width digits folded; anything else is not read as a figure).
    [InlineData("产出指标(٥٠分)", "产出指标(٥٠分)", null)]
    public void Points_printed_in_a_label_are_split_from_its_words(string key, string words, string? points)
    {
        var split = PrintedPoints.Split(key);

        Assert.Equal(words, split.Words);
        Assert.Equal(points is null ? null : decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), split.Points);
    }
}
