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

    [Theory]
    // Wilson score intervals at 95%, worked by hand: all of six right still allows 61%; 81 of 109 is 65–82%.
    [InlineData(6, 6, 0.6097, 1.0)]
    [InlineData(109, 81, 0.6538, 0.8159)]
    [InlineData(455, 448, 0.9686, 0.9925)]
    public void A_bands_share_right_comes_with_its_95_percent_interval(int cells, int right, double low, double high)
    {
        var band = new ReliabilityBand(0.5, 0.9, cells, right, 0.78);

        Assert.Equal(low, band.Interval.Low, 4);
        Assert.Equal(high, band.Interval.High, 4);
        Assert.InRange(band.ShareRight, band.Interval.Low, band.Interval.High);
    }

    [Fact]
    public void The_table_prints_each_bands_interval_and_a_dash_for_an_empty_one()
    {
        var cells = Enumerable.Repeat((0.7, true), 81).Concat(Enumerable.Repeat((0.7, false), 28)).ToArray();

        var table = ReliabilityReport.Of("test", cells).ToMarkdown();

        Assert.Contains("| 0.50–0.90 | 109 | 81 | 74.31 % | 65.38 %–81.59 % | 0.7000 |", table, StringComparison.Ordinal);
        Assert.Contains("| 0.90–0.99 | 0 | 0 | – | – | – |", table, StringComparison.Ordinal);
    }
}
