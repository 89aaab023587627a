namespace FormExtract.Core.Layout;

/// <summary>
/// A row of cells in column order. <see cref="FollowsBreak"/> says that a page break (or, in a text dump,
/// a blank line) lies between this row and the one before: the place where a cell may have been split.
/// </summary>
public sealed record LayoutRow
{
    public LayoutRow(IReadOnlyList<LayoutCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = IsInColumnOrder(cells) ? cells : cells.OrderBy(c => c.Column).ToArray();
    }

    public IReadOnlyList<LayoutCell> Cells { get; }

    public bool FollowsBreak { get; init; }

    /// <summary>The page the row starts on, for PDF and image input.</summary>
    public int? Page { get; init; }

    /// <summary>The cells with text, computed once: assembly looks at them many times.</summary>
    public IReadOnlyList<LayoutCell> NonEmpty => field ??= Cells.Where(c => !c.IsEmpty).ToArray();

    public bool IsBlank => NonEmpty.Count == 0;

    private static bool IsInColumnOrder(IReadOnlyList<LayoutCell> cells)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i].Column < cells[i - 1].Column)
            {
                return false;
            }
        }

        return true;
    }
}
