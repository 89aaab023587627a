using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Golden;

/// <summary>
/// The real excerpts of forms from many provinces (corpus/real/pages), each against its reviewed fields
/// (corpus/real/expected): what a form holds is read, what is not a form says so, and nothing crashes. The
/// expected files were written from the excerpts and checked field by field against them. Excerpts the
/// readers do not yet read right are listed in corpus/real/expected/not-yet-read.tsv with what is missing,
/// rather than given an expected file that would pin a wrong reading.
/// </summary>
public class RealExcerptTests
{
    private static readonly Dictionary<string, string> NotYetRead = File.ReadAllLines(Repository.Path("corpus", "real", "expected", "not-yet-read.tsv"))
        .Where(static line => line.Length > 0 && !line.StartsWith('#'))
        .Select(static line => line.Split('\t'))
        .ToDictionary(static f => f[0], static f => f.Length > 1 ? f[1] : "");

    public static TheoryData<string> Excerpts() => new(AllExcerpts());

    public static TheoryData<string> Reviewed() => new(AllExcerpts().Where(e => !NotYetRead.ContainsKey(e)));

    [Theory]
    [MemberData(nameof(Reviewed))]
    public void An_excerpt_gives_its_reviewed_fields(string excerpt)
    {
        var json = Extract(excerpt);

        SchemaAssert.ValidDocument(json);
        GoldenFile.AssertMatches(ExpectedPath(excerpt), DocumentFields.Of(json));
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void An_excerpt_without_a_form_of_a_known_layout_says_so(string excerpt)
    {
        var path = Repository.Path("corpus", "real", "pages", excerpt);
        var document = Pipelines.ExtractText(excerpt, File.ReadAllBytes(path)).Document;

        SchemaAssert.ValidDocument(DocumentJson.Serialize(document));
        var fullyRead = document.Forms.Any(f => f.Indicators.Count > 0 || f.Funding.Total is not null);
        Assert.True(fullyRead || document.Warnings.Any(w => w.Code is "no-forms" or "partial-layout" or "form-truncated" or "indicators-missing" or "funding-missing"),
            $"{excerpt}: neither read nor explained");
    }

    [Fact]
    public void Every_excerpt_is_either_reviewed_or_listed_with_what_is_missing()
    {
        var excerpts = AllExcerpts().ToHashSet();
        Assert.All(NotYetRead, entry =>
        {
            Assert.Contains(entry.Key, excerpts);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{entry.Key}: no reason given");
            Assert.False(File.Exists(ExpectedPath(entry.Key)), $"{entry.Key}: listed as not yet read but has an expected file");
        });
    }

    private static IEnumerable<string> AllExcerpts() =>
        Directory.GetFiles(Repository.Path("corpus", "real", "pages"), "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    private static string ExpectedPath(string excerpt) => Repository.Path("corpus", "real", "expected", Path.ChangeExtension(excerpt, ".expected.json"));

    private static string Extract(string excerpt)
    {
        var path = Repository.Path("corpus", "real", "pages", excerpt);
        return DocumentJson.Serialize(Pipelines.ExtractText("corpus/real/pages/" + excerpt, File.ReadAllBytes(path)).Document);
    }
}
