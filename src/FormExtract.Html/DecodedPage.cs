using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>A page's text, the encoding it was decoded with, and any doubt about that encoding.</summary>
internal sealed record DecodedPage(string Text, string Encoding, IReadOnlyList<ExtractionWarning> Warnings);
