using System.Buffers;
using System.Text;
using System.Text.Json;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Core.Tests.Output;

/// <summary>Confidences written from remembered bytes must be the very bytes the writer writes for them, and read back as written.</summary>
public sealed class ConfidenceJsonConverterTests
{
    [Fact]
    public void Every_rounded_confidence_and_any_other_number_is_written_as_the_writer_writes_it()
    {
        var rounded = Enumerable.Range(0, 10_001).Select(k => Math.Round(k / 10_000.0, 4));
        double[] others = [0.12345, 1.5, -0.25, 1e-7, 0.1 + 0.2, 2];
        // Twice over: the first time makes the remembered bytes, the second uses them.
        var values = rounded.Concat(others).Concat(rounded).ToArray();

        Assert.Equal(Written(values, (w, v) => w.WriteNumberValue(v)), Written(values, (w, v) => new ConfidenceJsonConverter().Write(w, v, JsonSerializerOptions.Default)));
    }

    [Fact]
    public void A_cells_confidence_reads_back_as_written()
    {
        var cell = new TextCell { Text = "某经费", Value = "某经费", Confidence = 0.9994 };
        var json = JsonSerializer.Serialize(cell, DocumentJsonContext.Default.TextCell);

        Assert.Contains("\"confidence\": 0.9994", json, StringComparison.Ordinal);
        Assert.Equal(0.9994, JsonSerializer.Deserialize(json, DocumentJsonContext.Default.TextCell)!.Confidence);
    }

    private static string Written(double[] values, Action<Utf8JsonWriter, double> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("confidence");
                write(writer, value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
