using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// A row of a form with its kind and the roles of its cells, the hand-off from tagging to form building.
/// <see cref="Slot"/> says which funding row a <see cref="RowKind.Funding"/> row is.
/// </summary>
public sealed record TaggedRow(LayoutRow Row, RowKind Kind, IReadOnlyList<TaggedCell> Cells)
{
    public FundingSlot? Slot { get; init; }

    // Indexed loops: form building asks every row for several roles, and foreach over the interface would
    // allocate an enumerator each time.

    /// <summary>The cells of one role, in column order.</summary>
    public IReadOnlyList<LayoutCell> With(CellRole role)
    {
        List<LayoutCell>? found = null;
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Role == role)
            {
                (found ??= []).Add(Cells[i].Cell);
            }
        }

        return found ?? (IReadOnlyList<LayoutCell>)[];
    }

    public LayoutCell? First(CellRole role)
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Role == role)
            {
                return Cells[i].Cell;
            }
        }

        return null;
    }

    public bool Has(CellRole role) => First(role) is not null;

    /// <summary>A row of one kind whose cells carry no role.</summary>
    public static TaggedRow Plain(LayoutRow row, RowKind kind) => new(row, kind, []);
}
