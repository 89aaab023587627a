using FormExtract.Synthetic.Corpus;

namespace FormExtract.Archive.Tests.Support;

/// <summary>The inputs the tests load: the bundled corpus, and fresh synthetic text dumps in any number.</summary>
internal static class Inputs
{
    /// <summary>The bundled corpus but its scans (read by OCR in the worker test, where their seconds are wanted).</summary>
    public static string[] Corpus { get; } =
    [
        Repository.Path("corpus", "text"),
        Repository.Path("corpus", "synthetic", "text"),
        Repository.Path("corpus", "synthetic", "html"),
        Repository.Path("corpus", "synthetic", "pdf"),
    ];

    /// <summary>The text dumps and HTML pages of the corpus: quick to read, and every finding rule among them.</summary>
    public static string[] QuickCorpus { get; } = Corpus[..3];

    /// <summary>Every input file the corpus folders hold (as <c>load</c> finds them: not JSON, not hidden).</summary>
    public static int CorpusFileCount { get; } = FileCount(Corpus);

    public static int QuickCorpusFileCount { get; } = FileCount(QuickCorpus);

    private static int FileCount(IEnumerable<string> folders) => folders.Sum(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Count(f => !f.EndsWith(".json", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.')));

    /// <summary>Writes synthetic text dumps (1–3 forms each, every dump style) into <paramref name="folder"/>/text; returns their paths.</summary>
    public static IReadOnlyList<string> GenerateText(string folder, int forms, int seed)
    {
        var options = new CorpusOptions(folder, seed, forms, [CorpusKind.Text]);
        return new CorpusBuilder(options, external: null, Serilog.Core.Logger.None).Build(CancellationToken.None);
    }
}
