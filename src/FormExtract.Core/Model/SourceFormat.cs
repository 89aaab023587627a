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
    [JsonStringEnumMemberName("docx")]
    Docx,
    [JsonStringEnumMemberName("xlsx")]
    Xlsx,

    /// <summary>A legacy Word file, read as the DOCX a converter made of it (as are <see cref="Wps"/>, <see cref="Xls"/>, <see cref="Et"/>).</summary>
    [JsonStringEnumMemberName("doc")]
    Doc,
    [JsonStringEnumMemberName("xls")]
    Xls,

    /// <summary>A WPS Writer file (Kingsoft's word processor; a DOC-like compound file).</summary>
    [JsonStringEnumMemberName("wps")]
    Wps,

    /// <summary>A WPS Spreadsheets file (Kingsoft's; an XLS-like compound file).</summary>
    [JsonStringEnumMemberName("et")]
    Et,
}
