using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Output;

public class DocumentJsonTests
{
    private static readonly FormDocument RealDocument = Pipelines.ExtractText(
        "corpus/text/shanghai-cdpf-2022.txt", File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"))).Document;

    public static TheoryData<string> Documents => ["real", "failed"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Streaming_a_form_at_a_time_writes_the_same_bytes(string which)
    {
        var document = which == "real"
            ? RealDocument
            : new FormDocument
            {
                Source = new SourceInfo { Path = "x.bin", Sha256 = new string('0', 64), Format = SourceFormat.Text },
                Warnings = [new ExtractionWarning("not-text", "x.bin: binary")],
            };
        using var stream = new MemoryStream();

        DocumentJson.WriteTo(stream, document);

        Assert.Equal(DocumentJson.SerializeToUtf8(document), stream.ToArray());
    }

    [Fact]
    public void A_document_reads_back_to_the_same_json()
    {
        var json = DocumentJson.Serialize(RealDocument);

        Assert.Equal(json, DocumentJson.Serialize(DocumentJson.Deserialize(json)));
    }

    [Fact]
    public void Json_lines_carry_the_form_and_its_source_on_one_line()
    {
        var line = DocumentJson.SerializeLine(RealDocument.Forms[0], RealDocument.Source);

        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"source\":{\"path\":\"corpus/text/shanghai-cdpf-2022.txt\"", line, StringComparison.Ordinal);
        Assert.StartsWith("{\"formIndex\":0,", line, StringComparison.Ordinal);
        SchemaAssert.ValidLines(line);
    }
}
