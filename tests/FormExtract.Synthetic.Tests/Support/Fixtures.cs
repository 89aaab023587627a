using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Corpus;

namespace FormExtract.Synthetic.Tests.Support;

/// <summary>The committed synthetic fixtures: each rendered file with its ground truth.</summary>
internal static class Fixtures
{
    public static IReadOnlyList<string> TruthFiles(string kind) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SyntheticCorpus, kind), "*" + GroundTruth.Suffix)
            .Order(StringComparer.Ordinal).ToArray();

    public static IEnumerable<string> AllTruthFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.SyntheticCorpus, "*" + GroundTruth.Suffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    /// <summary>The rendered file a truth file describes (its source path, beside it).</summary>
    public static string RenderedFileOf(string truthPath, FormDocument truth) =>
        Path.Combine(Path.GetDirectoryName(truthPath)!, truth.Source.Path);

    public static FormDocument Read(string truthPath) => DocumentJson.Deserialize(File.ReadAllText(truthPath));
}
