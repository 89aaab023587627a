using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>
/// A table cell as the markup gives it: its text, its spans as written (a row span of 0 means "to the end of
/// the row group"; a column span of 0 means 1), where it was found and its CSS-like path for warnings.
/// </summary>
internal sealed record GridCellSource(string Text, int RowSpan, int ColumnSpan, CellOrigin Origin, string Path);
