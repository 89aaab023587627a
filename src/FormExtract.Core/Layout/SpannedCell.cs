using FormExtract.Core.Model;

namespace FormExtract.Core.Layout;

/// <summary>
/// A cell of a ruled table placed on its grid of slots (rows and columns counted from 0), with the spans it
/// covers: what a reader of a table with merged cells (HTML <c>rowspan</c>, Word <c>vMerge</c>, a merged range
/// of a sheet) hands to <see cref="SpannedTable"/>.
/// </summary>
public sealed record SpannedCell
{
    public SpannedCell(string text, int row, int column, int rowSpan, int columnSpan, CellOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        (Text, Row, Column, RowSpan, ColumnSpan, Origin) = (text, row, column, rowSpan, columnSpan, origin);
    }

    public string Text { get; }

    public int Row { get; }

    public int Column { get; }

    public int RowSpan { get; }

    public int ColumnSpan { get; }

    public CellOrigin Origin { get; }
}
