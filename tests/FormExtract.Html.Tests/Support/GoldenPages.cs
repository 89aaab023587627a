using System.Text;
using System.Text.Json;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using Json.Schema;

namespace FormExtract.Html.Tests.Support;

/// <summary>
/// Golden tests over any folder of pages: each <c>name.html</c> (or <c>.htm</c>) beside <c>name.expected.json</c>
/// is read through the whole pipeline (HTML reader, assembler, no validation rules: findings are the
/// validator's golden tests' business) and compared with the expected document. On a mismatch the output is
/// written to <c>name.received.json</c> (git-ignored) and the test fails with the first differing lines.
/// Accepting it is a reviewed, manual step: compare, then rename it to <c>name.expected.json</c>.
/// </summary>
internal static class GoldenPages
{
    private static readonly Lazy<JsonSchema> Contract = new(() => JsonSchema.FromFile(RepositoryPaths.Schema));

    /// <summary>The page names in the folder, for a theory's member data; a page without expected output is listed too, and fails.</summary>
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.EnumerateFiles(folder)
                     .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                     .Select(Path.GetFileName)
                     .Order(StringComparer.Ordinal))
        {
            data.Add(page!);
        }

        return data;
    }

    public static void Check(string folder, string page)
    {
        var file = new InputFile(page, File.ReadAllBytes(Path.Combine(folder, page)));
        var extractor = new DocumentExtractor([new HtmlTableReader()], new FormAssembler(CategoryVocabulary.Default), new FormValidator([]));
        var result = extractor.Extract(file, CancellationToken.None);
        var received = DocumentJson.Serialize(result.Document);
        AssertMatchesContract(received, page);

        var stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(page));
        var expectedPath = stem + ".expected.json";
        var receivedPath = stem + ".received.json";
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (expected == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"{page}: no {Path.GetFileName(expectedPath)} yet; review {Path.GetFileName(receivedPath)} and rename it if it is right."
            : $"{page}: the output differs from {Path.GetFileName(expectedPath)} (written to {Path.GetFileName(receivedPath)}):\n{Diff(expected, received)}");
    }

    public static void AssertMatchesContract(string json, string what)
    {
        var result = Contract.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            Assert.Fail($"{what}: the document breaks form.schema.json:\n{string.Join("\n", errors.Take(20))}");
        }
    }

    /// <summary>The first differing lines, each side with its line number: enough to see what changed.</summary>
    private static string Diff(string expected, string received)
    {
        var left = expected.Split('\n');
        var right = received.Split('\n');
        var report = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 12; i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                report.Append($"line {i + 1}\n  expected: {l.Trim()}\n  received: {r.Trim()}\n");
                shown++;
            }
        }

        return report.ToString();
    }
}
