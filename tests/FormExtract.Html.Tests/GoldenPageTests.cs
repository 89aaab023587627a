using FormExtract.Html.Tests.Support;

namespace FormExtract.Html.Tests;

/// <summary>Every fixture page, through the whole pipeline, against its reviewed expected document.</summary>
public class GoldenPageTests
{
    public static TheoryData<string> Pages => GoldenPages.In(RepositoryPaths.PagesFolder);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_gives_the_expected_document(string page) => GoldenPages.Check(RepositoryPaths.PagesFolder, page);
}
