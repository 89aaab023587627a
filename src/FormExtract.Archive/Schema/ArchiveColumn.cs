namespace FormExtract.Archive.Schema;

/// <summary>One column that the loader writes.</summary>
public readonly record struct ArchiveColumn(string Name, ColumnKind Kind);
