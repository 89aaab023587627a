using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// Turns the blocks of all pages into layout rows in reading order. A table that ends a page and a table that
/// starts the next one with the same column frame are one table (the break may fall between rows, inside a
/// row, or inside a merged category cell); anything else between them keeps them apart. The first row after
/// a page break is marked, unless it was merged into the row the break cut.
/// </summary>
internal sealed class PageTableStitcher
{
    private readonly double _tolerance;

    public PageTableStitcher(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tolerance = options.SnapTolerance;
    }

    public IReadOnlyList<LayoutRow> Stitch(IReadOnlyList<IReadOnlyList<PageBlock>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var rows = new List<LayoutRow>();
        StitchedTable? open = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var afterBreak = p > 0;
            for (var i = 0; i < pages[p].Count; i++)
            {
                var block = pages[p][i];
                if (block.Table is { } table)
                {
                    if (open is not null && i == 0 && afterBreak && open.IsContinuedBy(table))
                    {
                        open.Continue(table);
                    }
                    else
                    {
                        Flush(ref open, rows);
                        open = new StitchedTable(table, afterBreak, _tolerance);
                    }
                }
                else
                {
                    Flush(ref open, rows);
                    var cell = new LayoutCell(block.Text ?? string.Empty, 0, CellOrigin.OnPage(block.Page, block.Box) with { Evidence = block.Evidence });
                    rows.Add(new LayoutRow([cell]) { Page = block.Page, FollowsBreak = afterBreak });
                }

                afterBreak = false;
            }
        }

        Flush(ref open, rows);
        return rows;
    }

    private static void Flush(ref StitchedTable? open, List<LayoutRow> rows)
    {
        if (open is not null)
        {
            rows.AddRange(open.Rows());
            open = null;
        }
    }
}
