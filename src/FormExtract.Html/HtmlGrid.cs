using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>A table laid out on its grid of slots, as a browser shows it, with the problems met laying it out.</summary>
internal sealed record HtmlGrid(int Width, int Height, IReadOnlyList<PlacedCell> Cells, IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>The cell covering a slot, or null where the row is short.</summary>
    public PlacedCell? At(int row, int column) => Cells.FirstOrDefault(c => c.Covers(row, column));

    /// <summary>The grid in the shared row convention (<see cref="SpannedTable"/>).</summary>
    public IReadOnlyList<LayoutRow> ToLayoutRows() =>
        SpannedTable.ToLayoutRows(Height, Cells.Select(c => new SpannedCell(c.Source.Text, c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Source.Origin)).ToArray());
}
