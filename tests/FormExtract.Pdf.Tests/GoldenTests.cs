using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

/// <summary>Every fixture PDF with an expected document, through the whole pipeline.</summary>
public class GoldenTests
{
    public static TheoryData<string> Fixtures => GoldenFolder.Cases(Fixture.Directory);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Document_matches_the_reviewed_expected_json(string pdf) =>
        GoldenFolder.Verify(Fixture.Directory, pdf, PdfPipeline.Create());
}
