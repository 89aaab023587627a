using FormExtract.Core.Model;

namespace FormExtract.Export;

/// <summary>A document to export, with the name that keys its rows in every table (its JSON file, or its place in an archive).</summary>
public sealed record ExportDocument(string Name, FormDocument Document);
