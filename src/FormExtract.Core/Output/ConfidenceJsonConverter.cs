using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FormExtract.Core.Output;

/// <summary>
/// Writes a cell's confidence, a probability rounded to four places, as bytes the writer itself made for that value
/// the first time it met it: a scored document holds one per cell, and formatting the same few thousand values
/// again for every cell of every file was a measurable part of scoring text. The bytes are the writer's own, so
/// the output is the same; any other value is written as the writer writes it. Read as any number.
/// </summary>
internal sealed class ConfidenceJsonConverter : JsonConverter<double?>
{
    private const int Steps = 10_000;

    // One entry per step of 0.0001 in [0, 1], made when first written; racing writers make equal entries.
    private static readonly Entry?[] Written = new Entry?[Steps + 1];

    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not { } number)
        {
            writer.WriteNullValue();
            return;
        }

        if (number is >= 0 and <= 1)
        {
            var step = (int)Math.Round(number * Steps);
            var entry = Written[step];
            if (entry is null && Math.Round(number, 4) == number)
            {
                entry = Written[step] = new Entry(number, Format(number));
            }

            // The entry is used only for the very value it was made from.
            if (entry is not null && entry.Value.Equals(number))
            {
                writer.WriteRawValue(entry.Bytes, skipInputValidation: true);
                return;
            }
        }

        writer.WriteNumberValue(number);
    }

    private static byte[] Format(double number)
    {
        var buffer = new ArrayBufferWriter<byte>(24);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteNumberValue(number);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed record Entry(double Value, byte[] Bytes);
}
