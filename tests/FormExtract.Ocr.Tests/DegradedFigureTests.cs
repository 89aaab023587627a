using FormExtract.Core.Model;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Weights and scores of degraded 200 dpi JPEG scans, read by the real engines. The fixtures
/// (Fixtures/degraded-200-*.png) are cells cut inside their rules from the prepared page (flattened gray) of
/// synthetic scans (`generate --kind scan`, seeds 4242 and 5151), read whole or inside the box of their ink.
/// </summary>
public sealed class DegradedFigureTests
{
    /// <summary>
    /// The Chinese model read these as 二 and 了.2, and the page and its upscaled crop alone leave the figure
    /// engine's reading too unsure to replace them (11 at 0.35, 7.2 at 0.32); more renderings are read and voted.
    /// </summary>
    [Theory]
    [InlineData("degraded-200-weight-11.png", 0, 0, 71, 85, "11")]
    [InlineData("degraded-200-score-7.2.png", 35, 89, 87, 123, "7.2")]
    public void A_short_figure_of_a_degraded_coarse_scan_is_read_whole_and_trusted(string fixture, int x0, int y0, int x1, int y1, string expected)
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var cell = Pix.Decode(File.ReadAllBytes(Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", fixture))))
        {
            Assert.NotNull(cell);
            engines.SetPage(cell, 200);
            var reading = engines.Figures.Read(new Box(x0, y0, x1, y1), CellKind.Number, singleLine: true);

            Assert.Equal(expected, reading.Text);
            Assert.InRange(reading.Confidence, OcrOptions.Default.LowConfidence, 1);
        }
    }

    /// <summary>
    /// 分值 7.5 on a phone's capture at 240 dpi (Fixtures/camera-240-weight-7.5*.png: cells cut inside their rules
    /// from the prepared page of a generated V8 capture, `generate --kind camera`, seed 19). Thresholded as they
    /// are, the grain around the strokes makes the 5 a 9 or drops the point (7.9, 75); smoothed by a median
    /// first, the renderings agree on 7.5.
    /// </summary>
    [Theory]
    [InlineData("camera-240-weight-7.5.png", 34, 37, 94, 78)]
    [InlineData("camera-240-weight-7.5-b.png", 34, 40, 94, 80)]
    public void A_figure_of_a_grainy_capture_is_read_from_smoothed_renderings_too(string fixture, int x0, int y0, int x1, int y1)
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var cell = Pix.Decode(File.ReadAllBytes(Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", fixture))))
        {
            Assert.NotNull(cell);
            engines.SetPage(cell, 240, photographed: true);
            var reading = engines.Figures.Read(new Box(x0, y0, x1, y1), CellKind.Number, singleLine: true);

            Assert.Equal("7.5", reading.Text);
        }
    }

    /// <summary>What the Chinese model's misreading of a figure leaves of it: digits in place, a unit left alone.</summary>
    [Theory]
    [InlineData("二", "11", true)]
    [InlineData("J志", "13", true)]
    [InlineData("多：", "7", true)]
    [InlineData("了.2", "7.2", true)]
    [InlineData("了.2", "7.5", false)]
    [InlineData("了.2", "72", false)]
    [InlineData("1了", "17", false)]
    [InlineData("10分", "104", false)]
    [InlineData("11", "11", false)]
    [InlineData("J", "1", false)]
    [InlineData("不适用", "1", false)]
    public void A_figure_misread_as_characters_keeps_the_digits_it_shows(string chinese, string figure, bool fits)
    {
        Assert.Equal(fits, CellReader.FigureShape(chinese)?.IsMatch(figure) ?? false);
    }
}
