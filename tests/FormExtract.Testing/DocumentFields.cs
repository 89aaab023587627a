using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormExtract.Testing;

/// <summary>
/// A document reduced to its fields, for golden files reviewed field by field: the forms with every cell's text
/// and value but without where it was found (line, page, box, confidence), and the codes of the warnings.
/// </summary>
public static class DocumentFields
{
    private static readonly string[] Provenance = ["line", "page", "bbox", "confidence"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(string documentJson)
    {
        var document = JsonNode.Parse(documentJson)!.AsObject();
        var forms = document["forms"]!.DeepClone().AsArray();
        foreach (var form in forms)
        {
            var formObject = form!.AsObject();
            formObject.Remove("location");
            Strip(formObject);
        }

        var codes = document["warnings"]?.AsArray().Select(w => w!["code"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            ?? Enumerable.Empty<string>();
        var fields = new JsonObject
        {
            ["forms"] = forms,
            ["warningCodes"] = new JsonArray(codes.Select(c => (JsonNode)c).ToArray()),
        };
        return fields.ToJsonString(Indented) + "\n";
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("text") && obj.ContainsKey("value"))
                {
                    foreach (var name in Provenance)
                    {
                        obj.Remove(name);
                    }
                }

                foreach (var (_, child) in obj.ToArray())
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }
}
