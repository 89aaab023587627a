using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Finds the ruled tables of a prepared page as grids: its rules detected, grouped into tables (rules that
/// touch), and each table's edges and drawn borders gathered into the PDF reader's grid model.
/// </summary>
internal sealed class GridFinder
{
    /// <summary>
    /// Rules closer than this (inches) are one edge, as in the PDF reader (4 pt): separate cell borders draw each
    /// edge twice a few pixels apart, and the sliver between them is no cell; no text fits in it.
    /// </summary>
    private const double MinCellInches = 4.0 / 72;

    private readonly OcrOptions _options;
    private readonly RuleDetector _rules;

    public GridFinder(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _rules = new RuleDetector(options);
    }

    /// <summary>How close (pixels) a rule must lie to the edge it draws on this page.</summary>
    public double Snap(PreparedPage page) => Math.Max(2, _options.SnapInches * page.Dpi);

    /// <summary>The page's tables, top to bottom.</summary>
    public IReadOnlyList<RuleGrid> Find(PreparedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var snap = Snap(page);
        var grids = new List<RuleGrid>();
        foreach (var component in RuleComponents.Group(_rules.Detect(page.Binary, page.Dpi), snap * 1.5))
        {
            // A grid needs at least two rules each way.
            if (component.Count(l => !l.Horizontal) < 2 || component.Count(l => l.Horizontal) < 2)
            {
                continue;
            }

            var grid = new RuleGrid(component, snap, minCellSize: Math.Max(snap, MinCellInches * page.Dpi));
            // Rules crossing in a speckled corner (JPEG noise around dark shading) make a "table" of a few
            // tiny cells; a form's table is far wider than an inch.
            if (grid.Xs.Count >= 2 && grid.Ys.Count >= 2 && grid.Xs[^1] - grid.Xs[0] >= page.Dpi)
            {
                grids.Add(grid);
            }
        }

        return grids.OrderBy(g => g.Ys[0]).ToList();
    }
}
