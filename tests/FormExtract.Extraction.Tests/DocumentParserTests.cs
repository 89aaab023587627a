using FormExtract.Core.Output;
using FormExtract.Testing;

namespace FormExtract.Extraction.Tests;

public sealed class DocumentParserTests
{
    private static readonly string Golden = File.ReadAllText(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt.expected.json"));

    [Fact]
    public void The_embedded_schema_is_the_repositorys()
    {
        Assert.Equal(File.ReadAllText(Repository.SchemaPath), DocumentSchema.Text);
    }

    [Fact]
    public void A_document_reads_back_to_the_same_bytes()
    {
        var read = DocumentParser.Parse(Golden);

        Assert.True(read.IsDocument, string.Join('\n', read.Problems));
        Assert.Equal(Golden, DocumentJson.Serialize(read.Document!));
    }

    [Theory]
    [InlineData("\"indicators\": [", "\"indicators\": 5, \"x\": [", "/forms/0/indicators")]
    [InlineData("\"format\": \"text\"", "\"format\": \"pptx\"", "/source/format")]
    [InlineData("\"formIndex\": 0,", "", "/forms/0")]
    public void A_broken_field_is_named(string field, string broken, string path)
    {
        var index = Golden.IndexOf(field, StringComparison.Ordinal);
        var text = string.Concat(Golden.AsSpan(0, index), broken, Golden.AsSpan(index + field.Length));

        var read = DocumentParser.Parse(text);

        Assert.False(read.IsDocument);
        Assert.Contains(read.Problems, p => p.Path == path);
        Assert.All(read.Problems, p => Assert.DoesNotContain("FormExtract.Core", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_json_is_said_to_be_so_with_its_place()
    {
        var read = DocumentParser.Parse("{\n  \"schema\": ");

        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("not JSON", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }
}
