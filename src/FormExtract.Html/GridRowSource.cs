namespace FormExtract.Html;

/// <summary>A table row as the markup gives it: its cells in order, and its CSS-like path.</summary>
internal sealed record GridRowSource(IReadOnlyList<GridCellSource> Cells, string Path);
