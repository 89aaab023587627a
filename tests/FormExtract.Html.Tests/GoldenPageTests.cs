using FormExtract.Testing;

namespace FormExtract.Html.Tests;

/// <summary>Every fixture page, through the whole pipeline, against its reviewed expected document.</summary>
public class GoldenPageTests
{
    private static readonly GoldenFolder Pages = new(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages"), ".html", ".htm");

    public static TheoryData<string> PageNames => new(Pages.Inputs());

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Page_gives_the_expected_document(string page) => Pages.Check(page, new HtmlTableReader());
}
