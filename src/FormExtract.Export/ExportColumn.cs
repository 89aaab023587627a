namespace FormExtract.Export;

/// <summary>A column of an export table: its name and the type of its values (string, int, decimal, bool), each nullable.</summary>
public sealed record ExportColumn(string Name, Type Type);
