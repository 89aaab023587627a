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
        // Every cell carries evidence of how it was read and placed: read in place unless a reader says otherwise.
        Origin = origin.Evidence is null ? origin with { Evidence = CellEvidence.Direct } : origin;
    }

    public string Text { get; }

    public int Column { get; }

    public CellOrigin Origin { get; private init; }

    public int RowSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowSpan)); } = 1;

    public int ColumnSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ColumnSpan)); } = 1;

    public bool IsSpanCopy { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>Empty of text, but not blank: ink stood there that the recogniser read as nothing (<see cref="CellEvidence.Unread"/>).</summary>
    public bool IsUnread => IsEmpty && Origin.Evidence?.Unread == true;

    /// <summary>Parted out of a line that ran a table's cells together with no separator (a document preview's OCR text), where a row's order may be lost.</summary>
    public bool Fused
    {
        get;
        init
        {
            field = value;
            if (value)
            {
                Origin = Origin with { Evidence = CellEvidence.With(Origin.Evidence, CellPlacement.Fused) };
            }
        }
    }

    /// <summary>This cell with <paramref name="flag"/> added to how it was placed (a reader's guess the confidence model weighs).</summary>
    public LayoutCell Placed(CellPlacement flag) => this with { Origin = Origin with { Evidence = CellEvidence.With(Origin.Evidence, flag) } };

    /// <summary>
    /// The text as a label key (<see cref="Normalization.LabelKey"/>), computed once: rows are matched against many
    /// labels. A label misread by OCR is given the key of the label it stands for, while <see cref="Text"/> keeps
    /// what was printed.
    /// </summary>
    public string Key { get => field ??= Normalization.LabelKey.Of(Text); init; }
}
