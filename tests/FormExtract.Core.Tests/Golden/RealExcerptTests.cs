using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Golden;

/// <summary>
/// The real excerpts of forms from many provinces (corpus/real/pages), each against its reviewed fields
/// (corpus/real/expected): what a form holds is read, what is not a form says so, and nothing crashes. The
/// expected files were written from the excerpts and checked field by field against them.
/// </summary>
public class RealExcerptTests
{
    public static TheoryData<string> Excerpts() =>
        new(Directory.GetFiles(Repository.Path("corpus", "real", "pages"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void An_excerpt_gives_its_reviewed_fields(string excerpt)
    {
        var path = Repository.Path("corpus", "real", "pages", excerpt);
        var document = Pipelines.ExtractText("corpus/real/pages/" + excerpt, File.ReadAllBytes(path)).Document;
        var json = DocumentJson.Serialize(document);

        SchemaAssert.ValidDocument(json);
        GoldenFile.AssertMatches(Repository.Path("corpus", "real", "expected", Path.ChangeExtension(excerpt, ".expected.json")), DocumentFields.Of(json));
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void An_excerpt_without_a_form_of_a_known_layout_says_so(string excerpt)
    {
        var path = Repository.Path("corpus", "real", "pages", excerpt);
        var document = Pipelines.ExtractText(excerpt, File.ReadAllBytes(path)).Document;

        var fullyRead = document.Forms.Any(f => f.Indicators.Count > 0 || f.Funding.Total is not null);
        Assert.True(fullyRead || document.Warnings.Any(w => w.Code is "no-forms" or "partial-layout" or "form-truncated" or "indicators-missing" or "funding-missing"),
            $"{excerpt}: neither read nor explained");
    }
}
