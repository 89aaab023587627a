using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>A reader's answer: the layout of the file, or why it could not be read. Expected faults are values.</summary>
public sealed record ReadResult
{
    private ReadResult(LayoutDocument? document, ExtractionWarning? failure)
    {
        Document = document;
        Failure = failure;
    }

    public LayoutDocument? Document { get; }

    public ExtractionWarning? Failure { get; }

    public static ReadResult Success(LayoutDocument document) => new(document, null);

    public static ReadResult Fail(string code, string message, int? page = null, int? line = null) =>
        new(null, new ExtractionWarning(code, message, Page: page, Line: line));
}
