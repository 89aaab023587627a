using System.Text;
using System.Text.Json.Nodes;
using FormExtract.Core.Ingestion;
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

    /// <summary>An excerpt's lines without the notes of where it was found (<c># SOURCE_URL: ...</c>): a page as it was published.</summary>
    private static string WithoutNotes(string text) => string.Join('\n', text.Split('\n').Where(line => !line.StartsWith('#')));

    /// <summary>
    /// The reviewed excerpts, each as an archive may hold it: another encoding, other line endings, the marks of a web
    /// page's text (no-break and zero-width spaces), full-width bars between cells, a blank line after every line, paragraphs indented,
    /// spaces left at the lines' ends.
    /// </summary>
    public static TheoryData<string, string> ReviewedAsStored()
    {
        var data = new TheoryData<string, string>();
        foreach (var excerpt in AllExcerpts().Where(e => !NotYetRead.ContainsKey(e)))
        {
            foreach (var variant in Variants.Keys)
            {
                data.Add(excerpt, variant);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<string, byte[]>> Variants = new(StringComparer.Ordinal)
    {
        ["gb18030"] = text => TextDecoder.Gb18030.GetBytes(text),
        ["utf-8 with a BOM and CRLF"] = text => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))],
        ["utf-16 with a BOM"] = text => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        // A web page's &nbsp; copied as no-break spaces, and zero-width spaces some sites put inside words against copying.
        ["no-break spaces"] = text => Encoding.UTF8.GetBytes(text.Replace(' ', '\u00A0')),
        ["zero-width spaces"] = text => Encoding.UTF8.GetBytes(text.Replace("项目", "项\u200B目").Replace("指标", "指\u200B标").Replace("万元", "万\u200C元")),
        // Cells parted by the full-width bar of Chinese text rather than ASCII pipes.
        ["full-width bars"] = text => Encoding.UTF8.GetBytes(text.Replace('|', '｜')),
        // Copied out of a page whose rows are paragraphs, with a blank line after each.
        ["double-spaced"] = text => Encoding.UTF8.GetBytes(string.Join("\n\n", text.Split('\n'))),
        // A word processor's paragraphs indented by two ideographic spaces, as Chinese text is.
        ["indented"] = text => Encoding.UTF8.GetBytes(string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : "\u3000\u3000" + line))),
        // A copy out of a viewer or an editor leaves spaces at the ends of lines.
        ["trailing spaces"] = text => Encoding.UTF8.GetBytes(string.Join('\n', text.Split('\n').Select((line, i) => line.Length == 0 ? line : line + (i % 2 == 0 ? "  " : " \u3000")))),
    };

    [Theory]
    [MemberData(nameof(Reviewed))]
    public void An_excerpt_gives_its_reviewed_fields(string excerpt)
    {
        var json = Extract(excerpt);

        SchemaAssert.ValidDocument(json);
        GoldenFile.AssertMatches(ExpectedPath(excerpt), DocumentFields.Of(json));
    }

    [Theory]
    [MemberData(nameof(ReviewedAsStored))]
    public void An_excerpt_gives_the_same_fields_however_it_is_stored(string excerpt, string variant)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Repository.Path("corpus", "real", "pages", excerpt))).TrimStart('\uFEFF');
        var bytes = Variants[variant](text);

        var json = DocumentJson.Serialize(Pipelines.ExtractText("corpus/real/pages/" + excerpt, bytes).Document);

        Assert.Equal(File.ReadAllText(ExpectedPath(excerpt)), DocumentFields.Of(json));
    }

    [Theory]
    [MemberData(nameof(Reviewed))]
    public void An_excerpt_without_its_notes_gives_the_same_forms(string excerpt)
    {
        var text = File.ReadAllText(Repository.Path("corpus", "real", "pages", excerpt));

        var json = DocumentJson.Serialize(Pipelines.ExtractText("corpus/real/pages/" + excerpt, Encoding.UTF8.GetBytes(WithoutNotes(text))).Document);

        // The notes are text outside any form and may be warned of; the forms are the same.
        var expected = JsonNode.Parse(File.ReadAllText(ExpectedPath(excerpt)))!["forms"];
        var read = JsonNode.Parse(DocumentFields.Of(json))!["forms"];
        Assert.True(JsonNode.DeepEquals(expected, read), $"{excerpt}: the forms differ without the notes");
    }

    [Theory]
    [MemberData(nameof(Excerpts))]
    public void An_excerpt_typed_with_full_width_digits_is_read_without_failing(string excerpt)
    {
        // Documents typed with a Chinese input method may hold １２３．４５％: a label's printed points (分值（１０分）)
        // must not stop the reading, whatever else of the form such text leaves unread.
        var text = File.ReadAllText(Repository.Path("corpus", "real", "pages", excerpt));
        var wide = new string([.. text.Select(c => c is >= '0' and <= '9' or '.' or '%' ? (char)(c + ('０' - '0')) : c)]);

        var result = Pipelines.ExtractText(excerpt, Encoding.UTF8.GetBytes(wide));

        Assert.Null(result.Failure);
        SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
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
