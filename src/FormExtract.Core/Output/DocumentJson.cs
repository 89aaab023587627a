using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FormExtract.Core.Model;

namespace FormExtract.Core.Output;

/// <summary>
/// The JSON form of <see cref="FormDocument"/> (spec/OUTPUT.md). Property order is fixed by the records,
/// numbers are exact decimals and Chinese is written as is, so the same document always gives the same bytes.
/// </summary>
public static class DocumentJson
{
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    public static string Serialize(FormDocument document) =>
        JsonSerializer.Serialize(document, Indented).ReplaceLineEndings("\n") + "\n";

    public static byte[] SerializeToUtf8(FormDocument document) => Encoding.UTF8.GetBytes(Serialize(document));

    /// <summary>One JSON Lines record: the form object with a <c>source</c> member, on one line.</summary>
    public static string SerializeLine(Form form, SourceInfo source)
    {
        var node = JsonSerializer.SerializeToNode(form, Compact)!.AsObject();
        node["source"] = JsonSerializer.SerializeToNode(source, Compact);
        return node.ToJsonString(Compact);
    }

    public static FormDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<FormDocument>(json, Indented) ?? throw new JsonException("The document is null.");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            IndentSize = 2,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
