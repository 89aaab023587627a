using System.Diagnostics;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Pdf;

namespace FormExtract.Ocr;

/// <summary>
/// Reads one prepared page into blocks, the way the PDF reader does from a text layer: ruled tables (rules
/// that touch form one table, their edges a grid, a border mostly not drawn merges two grid cells), each
/// cell recognised on its own; lines of text outside the tables (title, year) read one by one.
/// </summary>
internal sealed class PageRecognizer
{
    /// <summary>A border drawn over less than this share of its length does not separate two cells.</summary>
    private const double BorderCoverage = 0.5;

    /// <summary>A border drawn over at least this share may be a faded rule (see <see cref="Separates"/>); less is not drawn.</summary>
    private const double FadedCoverage = 0.15;

    /// <summary>How far below a piece's open bottom, in the line's own heights, a cut cell's label may run.</summary>
    private const double SpillLines = 1.5;

    /// <summary>Paper left either side of a line of text outside the tables, in inches (Tesseract misreads glyphs at a crop's edge).</summary>
    private const double LinePadding = 0.08;

    private readonly OcrOptions _options;
    private readonly GridFinder _grids;
    private readonly UnitSnapper _units;

    public PageRecognizer(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _grids = new GridFinder(options);
        _units = new UnitSnapper(options.Vocabulary);
    }

    /// <summary>
    /// The page's blocks top to bottom, each cell and line with its reading's evidence; false when the time budget ran out.
    /// </summary>
    public (List<PageBlock> Blocks, bool Complete) Read(PreparedPage page, OcrEngines engines, ColumnKinds columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(columns);
        var clock = Stopwatch.StartNew();
        engines.SetPage(page);
        var reader = new CellReader(engines, page, _options.LowConfidence, _units, columns);
        var snap = _grids.Snap(page);
        var inset = snap * 1.25;
        var blocks = new List<PageBlock>();
        var complete = true;
        foreach (var grid in _grids.Find(page))
        {
            // Columns are known by where they were learnt; this table's boxes are moved there before they are looked up.
            var shift = columns.Offset(grid.Xs, snap * 2.5);
            columns.StartTable();
            Box Learnt(Box box) => box with { X0 = box.X0 + shift, X1 = box.X1 + shift };
            var table = Table(page, grid, box =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > _options.PageTimeBudget)
                {
                    complete = false;
                    return OcrReading.Empty;
                }

                // Cells come row by row, so a column's header is read before the cells under it.
                var reading = reader.Read(box, inset, columns.KindOf(Learnt(box), snap * 2.5));
                columns.Learn(Learnt(box), reading.Text, snap * 2.5);
                return reading;
            });
            blocks.Add(PageBlock.Of(UnitsAgree(table, box => columns.KindOf(Learnt(box), snap * 2.5) == CellKind.Measure)));
        }

        foreach (var (box, _) in TextLines(page, blocks.Select(b => b.Box).ToList()))
        {
            var reading = reader.Read(box, 0, CellKind.Text);
            if (reading.Text.Length == 0)
            {
                continue;
            }

            var evidence = OcrEvidence.Of(reading, page);
            var ink = box with { X0 = box.X0 + (page.Dpi * LinePadding), X1 = box.X1 - (page.Dpi * LinePadding) };
            if (!SpillInto(blocks, ink, snap, reading.Text, evidence))
            {
                blocks.Add(PageBlock.Line(page.Number, box, reading.Text, evidence));
            }
        }

        return (blocks.OrderBy(b => b.Box.Y0).ThenBy(b => b.Box.X0).ToList(), complete);
    }

    /// <summary>
    /// The index of the cell whose text a line just under the table is, or -1: a browser prints a merged category
    /// cell's label where the whole cell would centre it, so when a page break cuts the cell a line of the label
    /// (社会效益 / 指标) can fall under the last rule of the page's piece, where it had been read as a line of its own
    /// and put in the next indicator's deviation reason. The line must start within one and a half of its own
    /// heights under the table and lie inside a last-row cell the break left open at the bottom.
    /// </summary>
    private static int SpilledCell(PageTable table, Box line, double snap)
    {
        var height = line.Y1 - line.Y0;
        if (line.Y0 < table.Bounds.Y1 - snap || line.Y0 - table.Bounds.Y1 > SpillLines * height)
        {
            return -1;
        }

        for (var i = 0; i < table.Cells.Count; i++)
        {
            var cell = table.Cells[i];
            if (cell.OpenBottom && cell.Row + cell.RowSpan == table.RowCount && line.X0 >= cell.Box.X0 - snap && line.X1 <= cell.Box.X1 + snap)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds the line's text to the cell of a table it spilt from (<see cref="SpilledCell"/>); false when it spilt from none.</summary>
    private static bool SpillInto(List<PageBlock> blocks, Box line, double snap, string text, CellEvidence evidence)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Table is not { } table || SpilledCell(table, line, snap) is not (>= 0 and var index))
            {
                continue;
            }

            var cells = table.Cells.ToArray();
            var cell = cells[index];
            cells[index] = cell.WithText(TextNormalizer.JoinFragments(cell.Text, text)) with { Evidence = CellEvidence.Join(cell.Evidence, evidence) };
            blocks[b] = PageBlock.Of(table with { Cells = cells });
            return true;
        }

        return false;
    }

    /// <summary>Each row's target and actual value in one unit where the row supports it (<see cref="UnitSnapper.Agree"/>).</summary>
    private PageTable UnitsAgree(PageTable table, Func<Box, bool> isMeasure)
    {
        var cells = table.Cells.ToArray();
        foreach (var row in cells.Select((cell, index) => (cell, index)).Where(x => isMeasure(x.cell.Box)).GroupBy(x => x.cell.Row))
        {
            var measures = row.ToArray();
            var agreed = _units.Agree(measures.Select(x => x.cell.Text).ToArray());
            for (var k = 0; k < measures.Length; k++)
            {
                if (!ReferenceEquals(agreed[k], measures[k].cell.Text))
                {
                    var cell = measures[k].cell;
                    cells[measures[k].index] = cell.WithText(agreed[k]) with { Evidence = (cell.Evidence ?? new CellEvidence()) with { Placement = (cell.Evidence?.Placement ?? CellPlacement.Direct) | CellPlacement.UnitAgreed } };
                }
            }
        }

        return table with { Cells = cells };
    }

    private static PageTable Table(PreparedPage page, RuleGrid grid, Func<Box, OcrReading> read)
    {
        var (xs, ys) = (grid.Xs, grid.Ys);
        int columns = xs.Count - 1, rows = ys.Count - 1;
        var units = new DisjointSets(rows * columns);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Separates(row => grid.VerticalCoverage(xs[c + 1], ys[row], ys[row + 1]), r, rows))
                {
                    units.Union((r * columns) + c, (r * columns) + c + 1);
                }

                if (r + 1 < rows && !Separates(column => grid.HorizontalCoverage(ys[r + 1], xs[column], xs[column + 1]), c, columns))
                {
                    units.Union((r * columns) + c, ((r + 1) * columns) + c);
                }
            }
        }

        var cells = new List<TableCell>();
        foreach (var group in Enumerable.Range(0, rows * columns).GroupBy(units.Find))
        {
            int r0 = group.Min(u => u / columns), r1 = group.Max(u => u / columns);
            int c0 = group.Min(u => u % columns), c1 = group.Max(u => u % columns);
            var box = new Box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]);
            var reading = read(box);
            cells.Add(new TableCell(r0, c0, reading.Text, box)
            {
                Evidence = OcrEvidence.Of(reading, page),
                RowSpan = r1 - r0 + 1,
                ColumnSpan = c1 - c0 + 1,
                OpenTop = r0 == 0 && grid.HorizontalCoverage(ys[0], xs[c0], xs[c1 + 1]) < BorderCoverage,
                OpenBottom = r1 == rows - 1 && grid.HorizontalCoverage(ys[^1], xs[c0], xs[c1 + 1]) < BorderCoverage,
            });
        }

        var bounds = new Box(xs[0], ys[0], xs[^1], ys[^1]);
        return new PageTable(page.Number, bounds, xs, rows, cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray());
    }

    /// <summary>
    /// Whether the stretch <paramref name="index"/> of an edge (one row's share of a column rule, one column's
    /// share of a row rule) separates two cells. Drawn over half its length it does. Drawn in part only, it
    /// still does when the same rule is drawn in the stretches on either side: a rule faded or broken by
    /// uneven light or a poor scan, where the border inside a merged cell is not drawn at all.
    /// </summary>
    private static bool Separates(Func<int, double> coverage, int index, int count)
    {
        var here = coverage(index);
        if (here >= BorderCoverage || here < FadedCoverage || count < 2)
        {
            return here >= BorderCoverage;
        }

        return (index == 0 || coverage(index - 1) >= BorderCoverage) && (index == count - 1 || coverage(index + 1) >= BorderCoverage);
    }

    /// <summary>Lines of ink outside the tables: bands of rows with ink, separated by blank rows.</summary>
    private static IEnumerable<(Box Box, int Ink)> TextLines(PreparedPage page, List<Box> tables)
    {
        var image = page.Binary;
        var minimumHeight = page.Dpi * 0.06;
        var blankGap = page.Dpi * 0.04;
        var bands = new List<(int Top, int Bottom)>();
        var top = 0;
        foreach (var table in tables.OrderBy(t => t.Y0))
        {
            bands.Add((top, (int)table.Y0 - 1));
            top = (int)table.Y1 + 2;
        }

        bands.Add((top, image.Height));
        foreach (var (bandTop, bandBottom) in bands.Where(b => b.Bottom - b.Top > minimumHeight))
        {
            var profile = image.RowProfile(0, image.Width, bandTop, bandBottom);
            int start = -1, lastInk = -1;
            for (var i = 0; i <= profile.Length; i++)
            {
                var ink = i < profile.Length && profile[i] > 1;
                if (ink)
                {
                    start = start < 0 ? i : start;
                    lastInk = i;
                }
                else if (start >= 0 && (i == profile.Length || i - lastInk > blankGap))
                {
                    if (lastInk - start >= minimumHeight)
                    {
                        var (y0, y1) = (bandTop + start, bandTop + lastInk + 1);
                        var extent = image.Ink(0, y0, image.Width, y1);
                        // Tesseract misreads glyphs that touch the edge of its rectangle (朵政 for 财政): a line
                        // gets white around it, as much as the gap to the next line leaves.
                        var (padX, padY) = (page.Dpi * LinePadding, blankGap / 2);
                        yield return (new Box(Math.Max(0, extent.Left - padX), Math.Max(bandTop, y0 - padY), Math.Min(image.Width, extent.Right + padX), Math.Min(bandBottom, y1 + padY)), extent.Count);
                    }

                    start = -1;
                }
            }
        }
    }
}
