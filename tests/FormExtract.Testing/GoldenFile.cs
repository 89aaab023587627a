using Xunit;

namespace FormExtract.Testing;

/// <summary>
/// Compares output with a reviewed golden file. On a mismatch the output is written beside the golden file
/// as <c>.received.json</c> (ignored by git) and the test fails with the first differing lines; accepting
/// it is a deliberate step (copy it over the golden file after review), never done by the test.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string expectedPath, string actual)
    {
        var stem = expectedPath.EndsWith(".expected.json", StringComparison.Ordinal) ? expectedPath[..^".expected.json".Length] : Path.ChangeExtension(expectedPath, null);
        var received = stem + ".received.json";
        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No golden file {expectedPath}; the output was written to {received} for review.");
        }

        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Output differs from {Path.GetFileName(expectedPath)} (see {Path.GetFileName(received)}):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 30; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:\n  - {left}\n  + {right}");
            }
        }

        return string.Join('\n', lines);
    }
}
