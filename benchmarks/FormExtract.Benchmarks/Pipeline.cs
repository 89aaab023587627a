using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;

namespace FormExtract.Benchmarks;

/// <summary>Read, reconstruct, validate and serialise one text file: the work the CLI does per file.</summary>
internal sealed class Pipeline
{
    private readonly DocumentExtractor _extractor = DocumentExtractor.WithReaders(new TextDumpReader());

    public (int Forms, int Bytes) Run(string name, byte[] input)
    {
        var document = _extractor.Extract(new InputFile(name, input), CancellationToken.None).Document;
        // Written as the CLI writes a file, to a stream; the bytes themselves are not needed.
        var output = new CountingStream();
        DocumentJson.WriteTo(output, document);
        return (document.Forms.Count, (int)output.Length);
    }
}
