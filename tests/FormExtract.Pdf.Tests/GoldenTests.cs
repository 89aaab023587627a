using FormExtract.Pdf.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Pdf.Tests;

/// <summary>
/// Every fixture PDF through the whole pipeline against its reviewed document. Any folder of
/// <c>name.pdf</c> beside <c>name.expected.json</c> can be checked the same way: add a
/// <see cref="GoldenFolder"/> over it.
/// </summary>
public class GoldenTests
{
    private static readonly GoldenFolder Fixtures = new(Fixture.Directory, ".pdf");

    public static TheoryData<string> FixtureNames => new(Fixtures.Inputs());

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Pdf_gives_the_expected_document(string pdf) => Fixtures.Check(pdf, new PdfTableReader());
}
