using FormExtract.Cli.Commands;

namespace FormExtract.Export.Tests.Support;

/// <summary>The corpus documents, extracted by this project's real command line.</summary>
public sealed class CorpusDocuments() : ExtractedCorpus(args => CommandLine.Create().RunAsync(args));

[CollectionDefinition(Name)]
public sealed class CorpusGroup : ICollectionFixture<CorpusDocuments>
{
    public const string Name = "corpus documents";
}
