using FormExtract.Core.Model;

namespace FormExtract.Report;

/// <summary>
/// One document to report on: the name it is known by (its JSON file, or its place in an archive), the
/// document, and the source file it was read from where that can still be found (for links and crops).
/// </summary>
public sealed record ReportInput(string Name, FormDocument Document, string? SourceFile);
