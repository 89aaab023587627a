using FormExtract.Core.Model;

namespace FormExtract.Cli.Documents;

/// <summary>
/// A document read for a report, an export or a review: the name it goes by (its JSON file, or
/// <c>archive:&lt;sha256&gt;</c>), the file it can be written back to (null for an archive's), and the document.
/// </summary>
internal sealed record LoadedDocument(string Name, string? File, FormDocument Document);
