using System.Text.Json;
using Json.Schema;

namespace FormExtract.Synthetic.Tests.Support;

/// <summary>Validates JSON documents against the output contract, form.schema.json.</summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Schema), baseUri: new Uri("https://formextract.invalid/")));

    /// <summary>The validation errors of the document; empty when it conforms.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToArray();
    }
}
