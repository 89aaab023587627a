namespace FormExtract.Html;

/// <summary>A row group (<c>thead</c>, <c>tbody</c>, <c>tfoot</c>, or rows directly in the table): row spans stop at its end.</summary>
internal sealed record GridRowGroup(IReadOnlyList<GridRowSource> Rows);
