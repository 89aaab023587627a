namespace FormExtract.Core.Layout;

/// <summary>
/// A row of cells in reading order. <see cref="FollowsBreak"/> says that a page break (or, in a text dump,
/// a blank line) lies between this row and the one before: the place where a cell may have been split.
/// </summary>
public sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells)
{
    public bool FollowsBreak { get; init; }

    /// <summary>The page the row starts on, for PDF and image input.</summary>
    public int? Page { get; init; }

    public IEnumerable<LayoutCell> NonEmpty => Cells.Where(c => !c.IsEmpty);

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
