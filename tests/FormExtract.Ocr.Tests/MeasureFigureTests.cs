using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Actual values of degraded 200 dpi JPEG scans whose 1 stands against the unit's ideograph, read by the real
/// engines. The fixtures (Fixtures/degraded-200-measure-*.png) are bands of synthetic scans (`generate --kind
/// scan`, seed 5151, the national layout) cut from the JPEG as printed, the measure cell and its rules inside.
/// </summary>
public sealed class MeasureFigureTests
{
    /// <summary>The Chinese model read 51个 as 5]个 and 1次 as ]次 (the ] at 0.97); the mark went with its 1.</summary>
    [Theory]
    [InlineData("degraded-200-measure-51.png", 194, 64, 398, 160, "51个")]
    [InlineData("degraded-200-measure-1.png", 208, 68, 375, 331, "1次")]
    public void A_one_read_as_a_mark_before_its_unit_is_read_again_as_a_figure(string fixture, double x0, double y0, double x1, double y1, string expected)
    {
        Assert.Equal(expected, ReadMeasure(fixture, new Box(x0, y0, x1, y1)));
    }

    /// <summary>
    /// An actual 70% in Noto Sans on a phone's capture at 300 dpi (Fixtures/capture-300-sans-measure-70.png: the cell
    /// and its rules cut from the prepared page of a generated capture, `confidence cells --seed 312 --face sans`,
    /// 部门整体 layout, page 2). The figure engine reads its 7 as a 1 at 0.99 in every rendering, with no 7 among
    /// its choices; the Chinese model reads the 7. The figure engine's reading is taken, as for any figure, and the
    /// other kept as the cell's dispute, which the confidence model weighs.
    /// </summary>
    [Fact]
    public void A_measure_whose_digits_the_two_recognisers_read_differently_carries_the_other_reading()
    {
        var reading = OneCell.Reading(Fixture("capture-300-sans-measure-70.png"), new Box(33.86, 38, 243, 301.67), CellKind.Measure, dpi: 300, photographed: true);

        Assert.EndsWith("%", reading.Text, StringComparison.Ordinal);
        Assert.True(reading.Text.StartsWith("70", StringComparison.Ordinal) || reading.Disputed?.StartsWith("70", StringComparison.Ordinal) == true, $"read {reading.Text}, disputed by {reading.Disputed ?? "nothing"}");
    }

    /// <summary>A measure both recognisers read alike carries no dispute, though the Chinese model reads its % as more digits.</summary>
    [Theory]
    [InlineData("degraded-200-measure-51.png", 194, 64, 398, 160)]
    [InlineData("clean-150-microhei-targets.png", 131, 136, 237, 192)]
    [InlineData("clean-150-microhei-targets.png", 131, 192, 237, 248)]
    public void A_measure_the_recognisers_agree_on_carries_no_dispute(string fixture, double x0, double y0, double x1, double y1)
    {
        Assert.Null(OneCell.Reading(Fixture(fixture), new Box(x0, y0, x1, y1), CellKind.Measure).Disputed);
    }

    /// <summary>What a figure read with thin marks among its digits may be: digits and points in place, a digit or two per mark, none to two per ideograph between digits.</summary>
    [Theory]
    [InlineData("5]", "51", true)]
    [InlineData("5]", "511", true)]
    [InlineData("45.]", "45.1", true)]
    [InlineData("]", "1", true)]
    [InlineData("j400", "1400", true)]
    [InlineData("J0", "10", true)]
    [InlineData("j400", "1500", false)]
    [InlineData("7了00", "700", true)]
    [InlineData("7了00", "7000", true)]
    [InlineData("7了00", "800", false)]
    [InlineData("45.]", "451", false)]
    [InlineData("5]", "61", false)]
    [InlineData("5]", "5", false)]
    public void A_figure_read_with_marks_keeps_the_digits_it_shows(string read, string figure, bool fits)
    {
        Assert.Equal(fits, CellReader.FigureAround(read)?.IsMatch(figure) ?? false);
    }

    [Theory]
    [InlineData("51")]
    [InlineData("提升")]
    [InlineData("5个")]
    [InlineData("约700")]
    public void A_reading_without_a_mark_among_figures_has_no_other_shape(string read)
    {
        Assert.Null(CellReader.FigureAround(read));
    }

    private static string ReadMeasure(string fixture, Box box) => OneCell.Read(Fixture(fixture), box, CellKind.Measure);

    private static string Fixture(string name) => Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", name);
}
