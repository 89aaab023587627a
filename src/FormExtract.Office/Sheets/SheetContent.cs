namespace FormExtract.Office.Sheets;

/// <summary>A cell of a sheet holding a value: its place, its text as printed, and its formula where it has one.</summary>
internal sealed record SheetCell(CellAddress At, string Text, string? Formula);

/// <summary>A merged range of a sheet, from its top-left to its bottom-right cell.</summary>
internal readonly record struct MergedRange(CellAddress From, CellAddress To)
{
    public bool Contains(CellAddress at) => at.Row >= From.Row && at.Row <= To.Row && at.Column >= From.Column && at.Column <= To.Column;
}

/// <summary>What one sheet holds: its cells with values, its merged ranges, and the row where reading stopped at a bound.</summary>
internal sealed record SheetContent(IReadOnlyList<SheetCell> Cells, IReadOnlyList<MergedRange> Merges, CellAddress? StoppedAt);
