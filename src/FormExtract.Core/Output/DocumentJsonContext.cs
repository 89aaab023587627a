using System.Text.Json.Serialization;
using FormExtract.Core.Model;

namespace FormExtract.Core.Output;

/// <summary>
/// Compile-time serialisation code for the document model: output is written by generated code, without
/// reflection, which matters in bulk runs. The naming and layout options here are the contract's.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    RespectNullableAnnotations = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(FormDocument))]
[JsonSerializable(typeof(Form))]
[JsonSerializable(typeof(SourceInfo))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
