namespace FormExtract.Archive.Schema;

/// <summary>The rows of one table for one document, each row's values in <see cref="ArchiveTable.Columns"/> order.</summary>
public sealed record TableRows(ArchiveTable Table, IReadOnlyList<object?[]> Rows);
