using FormExtract.Core.Ingestion;
using FormExtract.Html;
using FormExtract.Pdf;

namespace FormExtract.Cli;

/// <summary>The readers the CLI offers, most specific first: the text reader takes whatever is left.</summary>
internal static class Readers
{
    public static IReadOnlyList<IDocumentReader> All() => [new PdfTableReader(), new HtmlTableReader(), new TextDumpReader()];
}
