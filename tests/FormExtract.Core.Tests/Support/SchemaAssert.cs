using System.Text.Json;
using Json.Schema;

namespace FormExtract.Core.Tests.Support;

/// <summary>
/// Checks JSON that the program writes against the output contract, <c>../shared/spec/form.schema.json</c>
/// beside the repository (found by walking up from the test binaries to the folder holding FormExtract.sln).
/// A git worktree kept in a folder of its own finds <c>shared/</c> beside that folder instead.
/// </summary>
public static class SchemaAssert
{
    // Built once: JsonSchema.Net registers every schema it builds by $id in its global registry.
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string SchemaPath
    {
        get
        {
            for (var dir = Directory.GetParent(TestFiles.RepositoryRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "spec", "form.schema.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException($"No shared/spec/form.schema.json beside {TestFiles.RepositoryRoot} or above it.");
        }
    }

    /// <summary>Fails with every schema error (instance location and message) unless the JSON is a valid document.</summary>
    public static void Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
            Assert.Fail("The JSON does not match form.schema.json:\n" + string.Join("\n", errors));
        }
    }

    private static JsonSchema Load() => JsonSchema.FromText(File.ReadAllText(SchemaPath));
}
