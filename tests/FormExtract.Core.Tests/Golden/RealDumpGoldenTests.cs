using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Golden;

/// <summary>
/// The real text dump against its reviewed document: every field of the 12 forms, with provenance and
/// findings. The expected file sits beside the input in corpus/text.
/// </summary>
public class RealDumpGoldenTests
{
    private const string Input = "corpus/text/shanghai-cdpf-2022.txt";

    [Fact]
    public void The_real_dump_gives_its_reviewed_document()
    {
        var document = Pipelines.ExtractText(Input, File.ReadAllBytes(Repository.Path(Input))).Document;
        var json = DocumentJson.Serialize(document);

        SchemaAssert.ValidDocument(json);
        // The reviewed document is the CLI's, whose confidence model gives every cell its confidence; the pipeline
        // here runs without a model (Core knows none), so every other line must match.
        var expected = System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(Repository.Path(Input + ".expected.json")).ReplaceLineEndings("\n"), "\n *\"confidence\": [0-9.]+,", string.Empty);
        Assert.Equal(expected, json);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var bytes = File.ReadAllBytes(Repository.Path(Input));

        var first = DocumentJson.SerializeToUtf8(Pipelines.ExtractText(Input, bytes).Document);
        var second = DocumentJson.SerializeToUtf8(Pipelines.ExtractText(Input, bytes).Document);

        Assert.Equal(first, second);
    }
}
