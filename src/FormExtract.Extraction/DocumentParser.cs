using System.Text.Json;
using FormExtract.Core.Output;
using Json.Schema;

namespace FormExtract;

/// <summary>
/// Reads a JSON text as a FormExtract document, checking it against the contract's schema first, so that a
/// text that is not a document is explained field by field (which member is missing or of the wrong kind)
/// rather than by the deserialiser's internals. Expected faults are values: it never throws on bad input.
/// </summary>
public static class DocumentParser
{
    private const int MaxProblems = 10;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(DocumentSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static ParsedDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Problem(string.Empty, $"not JSON: {Reason(e.Message)} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String)
            {
                return Problem(string.Empty, $"a document is a JSON object whose \"schema\" is \"{Core.Model.FormDocument.SchemaId}\"; this is not one");
            }

            var problems = SchemaProblems(root);
            if (problems.Count > 0)
            {
                return new ParsedDocument(null, problems);
            }
        }

        try
        {
            return new ParsedDocument(DocumentJson.Deserialize(json), []);
        }
        catch (JsonException e)
        {
            // The schema admits it but the model does not (a number too large for a decimal, say).
            return Problem(Pointer(e.Path), $"cannot be read: {Reason(e.Message)}");
        }
    }

    private static List<DocumentProblem> SchemaProblems(JsonElement root)
    {
        var result = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        // Alternatives (a cell or null) each report their own failure; the most specific places come first.
        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new DocumentProblem(d.InstanceLocation.ToString(), $"{e.Value}")))
            .Distinct()
            .OrderByDescending(p => p.Path.Count(c => c == '/'))
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .Take(MaxProblems)
            .ToList();
    }

    private static ParsedDocument Problem(string path, string message) => new(null, [new DocumentProblem(path, message)]);

    /// <summary>The deserialiser's sentence without its trailing position and type names.</summary>
    private static string Reason(string message)
    {
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "the value is not of the kind this field holds";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ', '|');
    }

    /// <summary><c>$.forms[0].totalScore</c> as a JSON Pointer, <c>/forms/0/totalScore</c>.</summary>
    private static string Pointer(string? path) =>
        string.IsNullOrEmpty(path) ? string.Empty : path.TrimStart('$').Replace("['", "/", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal)
            .Replace('[', '/').Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '/');
}
