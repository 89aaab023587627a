using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A tab-separated dump: one row per line, one cell per tab. Blank lines are where the dump put page breaks;
/// the next row is marked as following a break.
/// </summary>
internal static class TabRows
{
    public static IReadOnlyList<LayoutRow> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        var rows = new List<LayoutRow>(lines.Count);
        var pendingBreak = false;
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = line.Text.Split('\t');
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                pendingBreak = rows.Count > 0;
                continue;
            }

            var origin = CellOrigin.AtLine(line.Number);
            var layoutCells = new LayoutCell[cells.Length];
            for (var column = 0; column < cells.Length; column++)
            {
                layoutCells[column] = new LayoutCell(cells[column], column, origin);
            }

            rows.Add(new LayoutRow(layoutCells) { FollowsBreak = pendingBreak });
            pendingBreak = false;
        }

        return rows;
    }
}
