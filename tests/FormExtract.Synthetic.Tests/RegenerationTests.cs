using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Shapes;
using FormExtract.Testing;
using Serilog.Core;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The committed text and HTML fixtures (the national layout's, every other layout's, and every text shape's) are
/// exactly what the commands in corpus/synthetic/README.md write: the generator is deterministic for a seed, and a
/// change to it shows up here until the fixtures are regenerated and reviewed.
/// </summary>
public sealed class RegenerationTests : IDisposable
{
    // The parameters of the regeneration commands in corpus/synthetic/README.md.
    private const int Seed = 2022;
    private const int FormsPerKind = 20;
    private const int LayoutSeed = 2024;
    private const int LayoutForms = 4;
    private const int ShapeSeed = 2025;
    private const int ShapeForms = 6;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "formextract-regen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Text_and_html_fixtures_regenerate_byte_for_byte()
    {
        var options = new CorpusOptions(_folder, Seed, FormsPerKind, [CorpusKind.Text, CorpusKind.Html]);
        new CorpusBuilder(options, external: null, Logger.None).Build(CancellationToken.None);

        var differences = new List<string>();
        foreach (var kind in new[] { "text", "html" })
        {
            Compare(Path.Combine(Repository.Path("corpus", "synthetic"), kind), Path.Combine(_folder, kind), differences);
        }

        Assert.True(differences.Count == 0, Message(differences));
    }

    [Fact]
    public void Every_layouts_text_and_html_fixtures_regenerate_byte_for_byte()
    {
        var layouts = SyntheticLayouts.All.Where(l => !l.IsNational).ToArray();
        var options = new CorpusOptions(_folder, LayoutSeed, LayoutForms, [CorpusKind.Text, CorpusKind.Html], layouts: layouts);
        new CorpusBuilder(options, external: null, Logger.None).Build(CancellationToken.None);

        var differences = new List<string>();
        foreach (var layout in layouts)
        {
            foreach (var kind in new[] { "text", "html" })
            {
                Compare(Path.Combine(Repository.Path("corpus", "synthetic", "layouts"), layout.Id, kind), Path.Combine(_folder, layout.Id, kind), differences);
            }
        }

        Assert.True(differences.Count == 0, Message(differences));
    }

    [Fact]
    public void Every_text_shapes_fixtures_regenerate_byte_for_byte()
    {
        var options = new CorpusOptions(_folder, ShapeSeed, ShapeForms, [], shapes: TextShapes.All);
        new CorpusBuilder(options, external: null, Logger.None).Build(CancellationToken.None);

        var differences = new List<string>();
        foreach (var shape in TextShapes.All.Select(TextShapes.NameOf))
        {
            Compare(Path.Combine(Repository.Path("corpus", "synthetic", "shapes"), shape), Path.Combine(_folder, "shapes", shape), differences);
        }

        Assert.True(differences.Count == 0, Message(differences));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Compare(string committedFolder, string generatedFolder, List<string> differences)
    {
        var committed = Directory.GetFiles(committedFolder).Select(Path.GetFileName)
            .Where(n => !n!.EndsWith(".received.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var generated = Directory.GetFiles(generatedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(committed, generated);
        foreach (var name in generated)
        {
            var want = File.ReadAllBytes(Path.Combine(committedFolder, name!));
            var got = File.ReadAllBytes(Path.Combine(generatedFolder, name!));
            if (!want.AsSpan().SequenceEqual(got))
            {
                differences.Add($"{Path.GetRelativePath(Repository.Path("corpus", "synthetic"), committedFolder)}/{name}: {FirstDifference(want, got)}");
                if (name!.EndsWith(GroundTruth.Suffix, StringComparison.Ordinal))
                {
                    // Beside the committed truth, git-ignored, for review; never accepted automatically.
                    var received = name[..^GroundTruth.Suffix.Length] + ".received.json";
                    File.WriteAllBytes(Path.Combine(committedFolder, received), got);
                }
            }
        }
    }

    private static string Message(List<string> differences) =>
        "The generator no longer writes the committed fixtures; review and regenerate them (corpus/synthetic/README.md):\n" + string.Join("\n", differences);

    private static string FirstDifference(byte[] want, byte[] got)
    {
        var wantLines = System.Text.Encoding.UTF8.GetString(want).Split('\n');
        var gotLines = System.Text.Encoding.UTF8.GetString(got).Split('\n');
        for (var i = 0; i < Math.Min(wantLines.Length, gotLines.Length); i++)
        {
            if (wantLines[i] != gotLines[i])
            {
                return $"line {i + 1}: committed \"{Cut(wantLines[i])}\", generated \"{Cut(gotLines[i])}\"";
            }
        }

        return $"{wantLines.Length} lines committed, {gotLines.Length} generated";
    }

    private static string Cut(string line) => line.Length > 120 ? line[..120] + "…" : line;
}
