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

    [Fact]
    public void Where_the_wrong_cells_outnumber_the_review_the_report_says_how_much_must_be_checked_to_catch_85_percent()
    {
        // 100 cells, 10 wrong: 6 at the bottom, 2 at 0.8 (17th and 18th from the bottom) and 2 at 0.9 (29th and 30th).
        var cells = Enumerable.Repeat((0.1, false), 6)
            .Concat(Enumerable.Repeat((0.5, true), 10))
            .Concat(Enumerable.Repeat((0.8, false), 2))
            .Concat(Enumerable.Repeat((0.85, true), 10))
            .Concat(Enumerable.Repeat((0.9, false), 2))
            .Concat(Enumerable.Repeat((0.999, true), 70))
            .ToArray();

        var report = ReliabilityReport.Of("test", cells);

        // The lowest 3 cells hold 3 of the 10 wrong ones, all a review of 3 could; 9 wrong (85%, rounded up) are
        // caught once the 29th cell is taken.
        Assert.Equal(0.3, report.CaughtByLowest, 10);
        Assert.Equal(0.3, report.CaughtAtMost, 10);
        Assert.Equal(0.29, report.ShareToCatch, 10);
        Assert.Contains("catching 85 % of the wrong cells takes the lowest 29.00 % of cells", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_wrong_cells_nothing_needs_checking()
    {
        var report = ReliabilityReport.Of("test", Enumerable.Repeat((0.999, true), 50).ToArray());

        Assert.Equal((1.0, 1.0, 0.0), (report.CaughtByLowest, report.CaughtAtMost, report.ShareToCatch));
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
