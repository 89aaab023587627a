using System.Text.Json;
using Json.Schema;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>Checks a JSON document against the output contract (form.schema.json).</summary>
public static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFiles.Schema)));

    public static void AssertValid(string json, string what)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return;
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Take(20);
        Assert.Fail($"{what} does not match form.schema.json:\n" + string.Join('\n', errors));
    }
}
