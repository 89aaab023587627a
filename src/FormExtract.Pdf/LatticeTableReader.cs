using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// Reads tables drawn with rules. Rules that touch form one table; their edges make a grid; neighbouring
/// grid cells whose shared border is (mostly) not drawn are one merged cell, which gives row and column
/// spans without padding. Each cell's text is assembled from the letters whose centre lies inside it.
/// </summary>
internal sealed class LatticeTableReader : ITableReader
{
    /// <summary>The most two letters of one string lie apart or overlap, in ems: none, but for rounding and kerning.</summary>
    private const double AbuttingGap = 0.05;

    /// <summary>How far below a piece's open bottom, in ems, a cut cell's text may run (one line).</summary>
    private const double SpillLines = 1.5;

    private readonly PdfReaderOptions _options;
    private readonly CellTextAssembler _text;

    public LatticeTableReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _text = new CellTextAssembler(options);
    }

    public IReadOnlyList<PageTable> Read(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var tables = new List<PageTable>();
        foreach (var component in ConnectedRules(page.Lines))
        {
            if (component.Count(l => !l.Horizontal) < 2 || !component.Any(l => l.Horizontal))
            {
                continue;
            }

            var grid = new RuleGrid(component, _options.SnapTolerance, _options.MinCellSize);
            if (grid.Xs.Count >= 2 && grid.Ys.Count >= 2)
            {
                tables.Add(BuildTable(page, grid));
            }
        }

        return tables.OrderBy(t => t.Bounds.Y0).ToArray();
    }

    private PageTable BuildTable(PageContent page, RuleGrid grid)
    {
        var (xs, ys) = (grid.Xs, grid.Ys);
        int columns = xs.Count - 1, rows = ys.Count - 1;
        var units = new DisjointSets(rows * columns);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && grid.VerticalCoverage(xs[c + 1], ys[r], ys[r + 1]) < _options.BorderCoverage)
                {
                    units.Union(r * columns + c, r * columns + c + 1);
                }

                if (r + 1 < rows && grid.HorizontalCoverage(ys[r + 1], xs[c], xs[c + 1]) < _options.BorderCoverage)
                {
                    units.Union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }

        // Whole words go to one cell, placed by their first letter: a figure too wide for its column
        // (2,612,933.32 in a narrow cell) runs over the border, and its last digits belong to it all the same.
        var glyphsByGroup = new Dictionary<int, List<Glyph>>();
        var bottom = ys[^1];
        foreach (var word in Words(page.Glyphs, grid))
        {
            var r = RuleGrid.IntervalOf(ys, word[0].CenterY);
            var c = RuleGrid.IntervalOf(xs, word[0].CenterX);
            if (r < 0 && c >= 0 && SpillsBelow(grid, word[0], c))
            {
                r = rows - 1;
                bottom = Math.Max(bottom, word.Max(g => g.Box.Y1));
            }

            if (r >= 0 && c >= 0)
            {
                var group = units.Find(r * columns + c);
                if (!glyphsByGroup.TryGetValue(group, out var list))
                {
                    glyphsByGroup[group] = list = [];
                }

                list.AddRange(word);
            }
        }

        var cells = new List<TableCell>();
        foreach (var group in Enumerable.Range(0, rows * columns).GroupBy(units.Find))
        {
            int r0 = group.Min(u => u / columns), r1 = group.Max(u => u / columns);
            int c0 = group.Min(u => u % columns), c1 = group.Max(u => u % columns);
            var text = glyphsByGroup.TryGetValue(group.Key, out var glyphs) ? _text.Assemble(glyphs) : string.Empty;
            cells.Add(new TableCell(r0, c0, text, new Box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]))
            {
                RowSpan = r1 - r0 + 1,
                ColumnSpan = c1 - c0 + 1,
                OpenTop = r0 == 0 && grid.HorizontalCoverage(ys[0], xs[c0], xs[c1 + 1]) < _options.BorderCoverage,
                OpenBottom = r1 == rows - 1 && grid.HorizontalCoverage(ys[^1], xs[c0], xs[c1 + 1]) < _options.BorderCoverage,
            });
        }

        var bounds = new Box(xs[0], ys[0], xs[^1], bottom);
        return new PageTable(page.Number, bounds, xs, rows, cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray());
    }

    /// <summary>
    /// Runs of letters on one line with no space-wide gap between them. A run is also cut where a letter starts
    /// past a drawn border that the run started short of, unless it abuts the letter before as one string's
    /// letters do: a figure that ran over the border (10210000.00 in a narrow column) and the next cell's figure,
    /// a hair after it or overlapping it, are two words, while a figure running over the border alone stays one.
    /// </summary>
    private IEnumerable<List<Glyph>> Words(IReadOnlyList<Glyph> glyphs, RuleGrid grid)
    {
        foreach (var line in _text.GroupLines(glyphs))
        {
            var word = new List<Glyph> { line.Glyphs[0] };
            for (var i = 1; i < line.Glyphs.Count; i++)
            {
                var (previous, glyph) = (line.Glyphs[i - 1], line.Glyphs[i]);
                var size = Math.Max(previous.FontSize, glyph.FontSize);
                var gap = glyph.Left - previous.Right;
                if (gap > _options.WordGap * size
                    || (Math.Abs(gap) > AbuttingGap * size && CrossesBorder(grid, word[0], glyph)))
                {
                    yield return word;
                    word = [];
                }

                word.Add(glyph);
            }

            yield return word;
        }
    }

    /// <summary>
    /// Whether a letter just below the table, under a column the page break left open at the bottom, is the cut
    /// cell's text run past the cut: a browser prints a merged category cell's label where the whole cell would
    /// centre it, and a line of it (社会效益 / 指标) can fall under the last rule of the page's piece.
    /// </summary>
    private bool SpillsBelow(RuleGrid grid, Glyph glyph, int column)
    {
        var below = glyph.CenterY - grid.Ys[^1];
        return below > 0 && below <= SpillLines * glyph.FontSize
            && grid.HorizontalCoverage(grid.Ys[^1], grid.Xs[column], grid.Xs[column + 1]) < _options.BorderCoverage;
    }

    private bool CrossesBorder(RuleGrid grid, Glyph first, Glyph glyph)
    {
        var r = RuleGrid.IntervalOf(grid.Ys, glyph.CenterY);
        return r >= 0 && grid.Xs.Any(x => x > first.Left && x <= glyph.Left
                                          && grid.VerticalCoverage(x, grid.Ys[r], grid.Ys[r + 1]) >= _options.BorderCoverage);
    }

    private List<List<RulingLine>> ConnectedRules(IReadOnlyList<RulingLine> lines) => RuleComponents.Group(lines, _options.SnapTolerance * 1.5);
}
