using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Corpus;
using FormExtract.Testing;

namespace FormExtract.Synthetic.Tests.Support;

/// <summary>
/// The committed synthetic fixtures: each rendered file with its ground truth. The national layout's lie in
/// corpus/synthetic/&lt;kind&gt;, the other layouts' in corpus/synthetic/layouts/&lt;layout&gt;/&lt;kind&gt;, the
/// text shapes' in corpus/synthetic/shapes/&lt;shape&gt;.
/// </summary>
internal static class Fixtures
{
    public static IReadOnlyList<string> TruthFiles(string kind) => TruthFilesIn(Path.Combine(Repository.Path("corpus", "synthetic"), kind));

    public static IReadOnlyList<string> LayoutTruthFiles(string layout, string kind) => TruthFilesIn(Path.Combine(Repository.Path("corpus", "synthetic", "layouts"), layout, kind));

    public static IReadOnlyList<string> ShapeTruthFiles(string shape) => TruthFilesIn(Path.Combine(Repository.Path("corpus", "synthetic", "shapes"), shape));

    public static IEnumerable<string> AllTruthFiles() =>
        Directory.EnumerateFiles(Repository.Path("corpus", "synthetic"), "*" + GroundTruth.Suffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    /// <summary>The rendered file a truth file describes (its source path, beside it).</summary>
    public static string RenderedFileOf(string truthPath, FormDocument truth) =>
        Path.Combine(Path.GetDirectoryName(truthPath)!, truth.Source.Path);

    public static FormDocument Read(string truthPath) => DocumentJson.Deserialize(File.ReadAllText(truthPath));

    /// <summary>Theory data from pairs (TheoryData of two takes no tuple in a collection expression).</summary>
    public static TheoryData<string, string> Pairs(IEnumerable<(string, string)> pairs)
    {
        var data = new TheoryData<string, string>();
        foreach (var (a, b) in pairs)
        {
            data.Add(a, b);
        }

        return data;
    }

    private static string[] TruthFilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*" + GroundTruth.Suffix).Order(StringComparer.Ordinal).ToArray() : [];
}
