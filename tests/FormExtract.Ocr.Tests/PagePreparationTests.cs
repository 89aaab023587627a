using FormExtract.Ocr.Tests.Support;
using FormExtract.Pdf;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Page preparation and grid finding on committed scans and on spoiled copies of them: the grid of a page
/// that was tilted, stacked with another sheet tilted the other way and saved as a lossy JPEG, or scanned
/// turned, must be the grid of the clean page. No cell is read, except by the orientation detector.
/// </summary>
public sealed class PagePreparationTests
{
    private readonly OcrOptions _options = OcrOptions.Default;

    [Fact]
    public void Sheets_stacked_with_opposite_tilts_give_the_grids_of_the_clean_sheets()
    {
        using var first = Sheets.Clean(0);
        using var second = Sheets.Clean(1);
        var clean = Grids(first).Concat(Grids(second)).ToList();
        using var spoiled = Pix.Decode(Sheets.StackedTiltedJpeg([first, second], [0.7, -0.6]));
        Assert.NotNull(spoiled);

        var found = Grids(spoiled);

        Assert.Equal(clean.Count, found.Count);
        Assert.True(clean.Count >= 2, "each sheet of scan-04 holds a table");
        for (var i = 0; i < clean.Count; i++)
        {
            // Same columns and rows, each column as wide as on the clean sheet (a sliver column along a
            // tilted frame, or two columns merged, breaks this).
            Assert.Equal(Widths(clean[i].Xs), Widths(found[i].Xs), (a, b) => Math.Abs(a - b) <= 6);
            Assert.Equal(clean[i].Ys.Count, found[i].Ys.Count);
        }
    }

    [Fact]
    public void The_degraded_committed_scan_has_no_sliver_rows_or_columns()
    {
        var bytes = File.ReadAllBytes(Testing.Repository.Path("corpus", "synthetic", "scan", "scan-01-degraded-200-jpeg.jpg"));
        using var scan = Pix.Decode(bytes);
        Assert.NotNull(scan);
        var (page, problem) = new PagePreparer(_options).Prepare(1, scan, null);
        Assert.True(page is not null, problem);
        using (page)
        {
            var grids = new GridFinder(_options).Find(page);

            // Four sheets: header and funding table, indicator table, and the same for the second form.
            Assert.True(grids.Count >= 4, $"{grids.Count} tables");
            // No cell of these forms is narrower than a third of an inch or lower than a fifth: narrower ones
            // are the two ends of one tilted rule taken for two edges.
            Assert.All(grids.SelectMany(g => Widths(g.Xs)), w => Assert.True(w >= page.Dpi / 3, $"a column {w:0} px wide"));
            Assert.All(grids.SelectMany(g => Widths(g.Ys)), h => Assert.True(h >= page.Dpi / 5, $"a row {h:0} px high"));
            Assert.Contains(grids, g => g.Xs.Count - 1 == 9);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_sheet_scanned_turned_is_turned_upright_before_its_grid_is_found(int quarters)
    {
        var (engines, problem) = OcrEngines.Create(_options);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var sheet = Sheets.Clean(0))
        using (var turned = Sheets.Turned(sheet, quarters))
        {
            Assert.True(engines.Orientation is not null, $"osd.traineddata is missing: install {OrientationDetector.ModelPackage}");
            var preparer = new PagePreparer(_options);
            var (page, pageProblem) = preparer.Prepare(1, turned, null, engines.Orientation);
            Assert.True(page is not null, pageProblem);
            using (page)
            {
                Assert.Equal((4 - quarters) % 4, page.QuarterTurns);
                Assert.Equal((sheet.Width, sheet.Height), (page.Gray.Width, page.Gray.Height));
                var upright = Grids(sheet);
                var found = new GridFinder(_options).Find(page);
                Assert.Equal(upright.Count, found.Count);
                Assert.Equal(Widths(upright[0].Xs), Widths(found[0].Xs), (a, b) => Math.Abs(a - b) <= 6);
            }
        }
    }

    [Fact]
    public void An_upright_sheet_is_left_as_it_is()
    {
        var (engines, problem) = OcrEngines.Create(_options);
        Assert.True(engines is not null, problem);
        using (engines)
        using (var sheet = Sheets.Clean(1))
        {
            var (page, pageProblem) = new PagePreparer(_options).Prepare(1, sheet, null, engines.Orientation);
            Assert.True(page is not null, pageProblem);
            using (page)
            {
                Assert.Equal(0, page.QuarterTurns);
            }
        }
    }

    [Theory]
    [InlineData(2480, 3508, 96.0, 300)]
    [InlineData(2480, 3508, 300.0, 300)]
    [InlineData(3508, 2480, null, 300)]
    [InlineData(1654, 2339, 200.0, 200)]
    public void A_stated_resolution_that_makes_the_page_larger_than_a_sheet_is_replaced_by_one_from_its_size(int width, int height, double? stated, int expected)
    {
        using var blank = Pix.Decode(Drawing.Blank(width, height));
        Assert.NotNull(blank);

        var (page, problem) = new PagePreparer(_options).Prepare(1, blank, stated);

        Assert.True(page is not null, problem);
        using (page)
        {
            Assert.InRange(page.Dpi, expected - 1, expected + 1);
        }
    }

    private List<RuleGrid> Grids(Pix image)
    {
        var (page, problem) = new PagePreparer(_options).Prepare(1, image, null);
        Assert.True(page is not null, problem);
        using (page)
        {
            return [.. new GridFinder(_options).Find(page)];
        }
    }

    private static double[] Widths(IReadOnlyList<double> edges) => edges.Zip(edges.Skip(1), (a, b) => b - a).ToArray();
}
