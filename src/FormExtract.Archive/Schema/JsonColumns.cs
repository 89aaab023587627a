using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FormExtract.Archive.Schema;

/// <summary>The small JSON values kept in columns (pages, boxes, group weights), Chinese written as is.</summary>
internal static class JsonColumns
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Numbers(IReadOnlyList<double>? values) => values is null ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    });

    public static string? Numbers(IReadOnlyList<int>? values) => values is null ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    });

    public static string? Weights(IReadOnlyDictionary<string, decimal>? weights) => weights is null ? null : Write(w =>
    {
        w.WriteStartObject();
        foreach (var (name, weight) in weights)
        {
            w.WriteNumber(name, weight);
        }

        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
