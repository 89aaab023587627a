using System.Text.Json;
using System.Text.Json.Serialization;

namespace FormExtract.Core.Template;

/// <summary>Reads layout descriptions (Template/Layouts/*.json) with generated code; unknown members are an error, so a misspelt key is caught.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(TemplateDescription))]
internal sealed partial class TemplateDescriptionJson : JsonSerializerContext
{
    public static TemplateDescription Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Default.TemplateDescription)
                ?? throw new InvalidDataException($"{source}: the layout description is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a layout description: {e.Message}", e);
        }
    }
}
