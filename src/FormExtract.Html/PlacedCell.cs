namespace FormExtract.Html;

/// <summary>A cell placed in the table grid: its top-left slot and the spans it really covers, after clipping.</summary>
internal sealed record PlacedCell(GridCellSource Source, int Row, int Column, int RowSpan, int ColumnSpan)
{
    public bool Covers(int row, int column) =>
        row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
}
