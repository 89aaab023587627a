namespace FormExtract.Pdf.Tests.Support;

/// <summary>The pages of a fixture as the reader sees them (letters and rules), read by PdfPig.</summary>
internal static class Pages
{
    public static IReadOnlyList<PageContent> Of(string fixture)
    {
        var (pages, _, problem) = new PdfPageSource(PdfReaderOptions.Default).Load(File.ReadAllBytes(Fixture.PathOf(fixture)), CancellationToken.None);
        Assert.True(pages is not null, problem);
        return pages!;
    }
}
