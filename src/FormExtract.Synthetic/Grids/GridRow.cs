namespace FormExtract.Synthetic.Grids;

/// <summary>A row of a printed table: the cells that start on it, left to right.</summary>
internal sealed record GridRow(IReadOnlyList<GridCell> Cells)
{
    /// <summary>A row of the indicator table (where a page may break and merged labels run).</summary>
    public bool InIndicators { get; init; }
}
