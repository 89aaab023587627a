namespace FormExtract.Export;

/// <summary>One table of an export (forms, funding_rows, indicators, findings, warnings): its columns and rows, values typed.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);
