using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;

namespace FormExtract.Core.Tests.Support;

/// <summary>The text pipeline as the CLI composes it: the real reader, assembler and validator.</summary>
public static class Pipelines
{
    public static DocumentExtractor Text() =>
        DocumentExtractor.WithReaders(new TextDumpReader());

    public static ExtractionResult ExtractText(string path, byte[] bytes) =>
        Text().Extract(new InputFile(path, bytes), CancellationToken.None);
}
