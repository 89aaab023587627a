using FormExtract.Core.Model;

namespace FormExtract;

/// <summary>A JSON text read as a document: the document, or the problems that make it none.</summary>
public sealed record ParsedDocument(FormDocument? Document, IReadOnlyList<DocumentProblem> Problems)
{
    public bool IsDocument => Document is not null;
}
