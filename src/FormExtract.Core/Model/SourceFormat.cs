using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

[JsonConverter(typeof(JsonStringEnumConverter<SourceFormat>))]
public enum SourceFormat
{
    [JsonStringEnumMemberName("text")]
    Text,
    [JsonStringEnumMemberName("pdf")]
    Pdf,
    [JsonStringEnumMemberName("image")]
    Image,
    [JsonStringEnumMemberName("html")]
    Html,
}
