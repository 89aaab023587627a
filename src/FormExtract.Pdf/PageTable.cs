using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// A table found on one page: its column edges (x, left to right), its row count and its cells, each cell
/// once (a merged cell carries its spans). Built once by an <see cref="ITableReader"/>.
/// </summary>
internal sealed record PageTable(int Page, Box Bounds, IReadOnlyList<double> ColumnEdges, int RowCount, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cells that start on the given row, left to right.</summary>
    public IEnumerable<TableCell> CellsStartingOn(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);
}
