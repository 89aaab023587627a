using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace FormExtract.Testing;

/// <summary>Asserts that JSON written by FormExtract keeps to the output contract (spec/form.schema.json).</summary>
public static class SchemaAssert
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repository.SchemaPath)));

    /// <summary>A whole document, as written per input file.</summary>
    public static void ValidDocument(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, "The document breaks the schema:\n" + Describe(result));
    }

    /// <summary>Each line of a JSON Lines file: a form plus its source, checked as a one-form document.</summary>
    public static void ValidLines(string jsonLines)
    {
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var form = JsonNode.Parse(line)!.AsObject();
            var source = form["source"]!.DeepClone();
            form.Remove("source");
            var document = new JsonObject
            {
                ["schema"] = "formextract/document/v1",
                ["source"] = source,
                ["forms"] = new JsonArray(form.DeepClone()),
            };
            ValidDocument(document.ToJsonString());
        }
    }

    private static string Describe(EvaluationResults result) =>
        string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20));
}
