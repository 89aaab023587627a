using FormExtract.Core.Model;

namespace FormExtract.Archive.Loading;

/// <summary>A file's document, its JSON as <c>extract</c> writes it, and the failure that makes it a failed document.</summary>
public sealed record ExtractedFile(FormDocument Document, string Json, ExtractionWarning? Failure);
