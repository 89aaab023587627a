namespace FormExtract.Ml.Tests;

public sealed class ReliabilityReportTests
{
    [Fact]
    public void Bands_count_cells_and_the_share_right_and_the_lowest_three_percent_are_weighed()
    {
        // 100 cells: 90 right at 0.995, 6 right at 0.7, 4 wrong: 3 at 0.1 and one at 0.995.
        var cells = Enumerable.Repeat((0.995, true), 90)
            .Concat(Enumerable.Repeat((0.7, true), 6))
            .Concat(Enumerable.Repeat((0.1, false), 3))
            .Append((0.995, false))
            .ToArray();

        var report = ReliabilityReport.Of("test", cells);

        Assert.Equal((100, 4), (report.Cells, report.Wrong));
        Assert.Equal((1, 91), (report.WrongAtTop, report.TopCells));
        Assert.Equal(0.75, report.CaughtByLowest);
        var band = report.Bands.Single(b => b.Low == 0.5);
        Assert.Equal((6, 6), (band.Cells, band.Right));
        Assert.Contains("| 0.99–1.00 | 91 | 90 |", report.ToMarkdown(), StringComparison.Ordinal);
    }
}
