using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// A cell of a table found on one page: the grid rows it covers, its columns in that page's grid, the
/// x-extent that maps it onto the columns of a table continued over several pages, its text and box.
/// <see cref="OpenTop"/> and <see cref="OpenBottom"/> say that its border is not drawn at the top or bottom
/// edge of the table: where a page break cuts a cell, both of its pieces are open on the cut.
/// </summary>
internal sealed record TableCell
{
    public TableCell(int row, int column, string text, Box box)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentNullException.ThrowIfNull(text);
        Row = row;
        Column = column;
        Text = text;
        Box = box;
    }

    public int Row { get; }

    public int Column { get; }

    public int RowSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowSpan)); } = 1;

    public int ColumnSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ColumnSpan)); } = 1;

    public string Text { get; }

    public Box Box { get; }

    public bool OpenTop { get; init; }

    public bool OpenBottom { get; init; }

    /// <summary>What the recogniser learnt reading the cell; null for text taken from a PDF's text layer.</summary>
    public CellEvidence? Evidence { get; init; }

    /// <summary>The same cell holding other text (a reading corrected from what its row says).</summary>
    public TableCell WithText(string text) =>
        new(Row, Column, text, Box) { RowSpan = RowSpan, ColumnSpan = ColumnSpan, OpenTop = OpenTop, OpenBottom = OpenBottom, Evidence = Evidence };
}
