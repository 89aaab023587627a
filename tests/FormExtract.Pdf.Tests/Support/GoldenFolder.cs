using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>
/// Golden files for any folder of <c>name.pdf</c> beside <c>name.expected.json</c>: each PDF goes through the
/// whole pipeline, the document is checked against the schema and compared with the expected file. On a
/// mismatch <c>name.received.json</c> is written beside it (git-ignored) and the test fails with a diff;
/// accepting it is a reviewed, manual rename, never done by the tests.
/// </summary>
public static class GoldenFolder
{
    public const string ExpectedSuffix = ".expected.json";
    public const string ReceivedSuffix = ".received.json";

    /// <summary>The PDFs of the folder that have an expected document, as theory data.</summary>
    public static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            if (File.Exists(ExpectedPath(pdf)))
            {
                data.Add(Path.GetFileName(pdf));
            }
        }

        return data;
    }

    public static void Verify(string folder, string pdfName, DocumentExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var pdf = Path.Combine(folder, pdfName);
        var result = extractor.Extract(new InputFile(pdfName, File.ReadAllBytes(pdf)), CancellationToken.None);
        var received = DocumentJson.Serialize(result.Document);
        SchemaCheck.AssertValid(received, pdfName);

        var expectedPath = ExpectedPath(pdf);
        var receivedPath = Path.ChangeExtension(expectedPath, null)[..^".expected".Length] + ReceivedSuffix;
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : string.Empty;
        if (Normalize(expected) == Normalize(received))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{pdfName}: the document differs from {Path.GetFileName(expectedPath)}; received written to {Path.GetFileName(receivedPath)}.\n{Diff(expected, received)}");
    }

    public static string ExpectedPath(string pdf) => Path.ChangeExtension(pdf, null) + ExpectedSuffix;

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    /// <summary>The differing lines, with their line numbers, as - expected / + received (the first 40).</summary>
    private static string Diff(string expected, string received)
    {
        var a = Normalize(expected).Split('\n');
        var b = Normalize(received).Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < 40; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right)
            {
                continue;
            }

            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"line {i + 1}\n  - {left ?? "(none)"}\n  + {right ?? "(none)"}\n");
            shown++;
        }

        return builder.ToString();
    }
}
