using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Tests.Support;
using Serilog.Core;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The committed text and HTML fixtures are exactly what the command in corpus/synthetic/README.md writes:
/// the generator is deterministic for a seed, and a change to it shows up here until the fixtures are
/// regenerated and reviewed.
/// </summary>
public sealed class RegenerationTests : IDisposable
{
    // The parameters of the regeneration command in corpus/synthetic/README.md.
    private const int Seed = 2022;
    private const int FormsPerKind = 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "formextract-regen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Text_and_html_fixtures_regenerate_byte_for_byte()
    {
        var options = new CorpusOptions(_folder, Seed, FormsPerKind, [CorpusKind.Text, CorpusKind.Html]);
        new CorpusBuilder(options, external: null, Logger.None).Build(CancellationToken.None);

        var differences = new List<string>();
        foreach (var kind in new[] { "text", "html" })
        {
            var committed = Directory.GetFiles(Path.Combine(RepositoryPaths.SyntheticCorpus, kind)).Select(Path.GetFileName)
                .Where(n => !n!.EndsWith(".received.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            var generated = Directory.GetFiles(Path.Combine(_folder, kind)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(committed, generated);
            foreach (var name in generated)
            {
                var want = File.ReadAllBytes(Path.Combine(RepositoryPaths.SyntheticCorpus, kind, name!));
                var got = File.ReadAllBytes(Path.Combine(_folder, kind, name!));
                if (!want.AsSpan().SequenceEqual(got))
                {
                    differences.Add($"{kind}/{name}: {FirstDifference(want, got)}");
                    if (name!.EndsWith(GroundTruth.Suffix, StringComparison.Ordinal))
                    {
                        // Beside the committed truth, git-ignored, for review; never accepted automatically.
                        var received = name[..^GroundTruth.Suffix.Length] + ".received.json";
                        File.WriteAllBytes(Path.Combine(RepositoryPaths.SyntheticCorpus, kind, received), got);
                    }
                }
            }
        }

        Assert.True(differences.Count == 0,
            "The generator no longer writes the committed fixtures; review and regenerate them (corpus/synthetic/README.md):\n" + string.Join("\n", differences));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

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
