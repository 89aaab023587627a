using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormExtract.Core.Model;

namespace FormExtract.Core.Output;

/// <summary>
/// The JSON form of <see cref="FormDocument"/> (spec/OUTPUT.md). Property order is fixed by the records,
/// numbers are exact decimals and Chinese is written as is, so the same document always gives the same bytes.
/// </summary>
public static class DocumentJson
{
    // Chinese text stays readable: only what JSON requires is escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = Encoder };
    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = Encoder };

    public static string Serialize(FormDocument document) => Encoding.UTF8.GetString(SerializeToUtf8(document));

    public static byte[] SerializeToUtf8(FormDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, IndentedWriter))
        {
            JsonSerializer.Serialize(writer, document, DocumentJsonContext.Default.FormDocument);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the document straight to a stream (a file, in bulk runs), a form at a time, so that memory holds
    /// one form's output rather than the whole file's. The bytes are those of <see cref="SerializeToUtf8"/>.
    /// </summary>
    public static void WriteTo(Stream stream, FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        var context = DocumentJsonContext.Default;
        using (var writer = new Utf8JsonWriter(stream, IndentedWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", document.Schema);
            writer.WritePropertyName("source");
            JsonSerializer.Serialize(writer, document.Source, context.SourceInfo);
            writer.WritePropertyName("forms");
            writer.WriteStartArray();
            foreach (var form in document.Forms)
            {
                JsonSerializer.Serialize(writer, form, context.Form);
                writer.Flush();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("warnings");
            JsonSerializer.Serialize(writer, document.Warnings, context.IReadOnlyListExtractionWarning);
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    /// <summary>One JSON Lines record: the form object with a <c>source</c> member, on one line.</summary>
    public static string SerializeLine(Form form, SourceInfo source)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, CompactWriter))
        {
            var node = JsonSerializer.SerializeToNode(form, DocumentJsonContext.Default.Form)!.AsObject();
            node["source"] = JsonSerializer.SerializeToNode(source, DocumentJsonContext.Default.SourceInfo);
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static FormDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DocumentJsonContext.Default.FormDocument) ?? throw new JsonException("The document is null.");
}
