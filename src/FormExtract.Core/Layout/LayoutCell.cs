using FormExtract.Core.Model;

namespace FormExtract.Core.Layout;

/// <summary>
/// One cell of a reconstructed table row: its text as found, its column, its spans, and where it was found.
/// A merged cell appears on every row it spans; on the rows after its first it is marked <see cref="IsSpanCopy"/>.
/// </summary>
public sealed record LayoutCell
{
    public LayoutCell(string text, int column, CellOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Text = text;
        Column = column;
        Origin = origin;
    }

    public string Text { get; }

    public int Column { get; }

    public CellOrigin Origin { get; }

    public int RowSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowSpan)); } = 1;

    public int ColumnSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ColumnSpan)); } = 1;

    public bool IsSpanCopy { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>The text as a label key (<see cref="Normalization.LabelKey"/>), computed once: rows are matched against many labels.</summary>
    public string Key => field ??= Normalization.LabelKey.Of(Text);
}
