using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormExtract.Archive.Schema;

namespace FormExtract.Archive.Storage;

/// <summary>
/// A document's rows of one table as one JSON array of arrays, inserted by one statement that unpacks it in
/// SQLite itself (<c>json_each</c>). A row at a time costs a statement execution per row (about 250 a
/// document, each binding its parameters anew); this costs one per table, and was measured the larger part
/// of the archive's overhead. Values keep the types the row-at-a-time binding gave them: decimals as text
/// (as Microsoft.Data.Sqlite binds them, so the column's NUMERIC affinity converts them the same way), flags
/// as 0 and 1, JSON columns as text.
/// </summary>
internal sealed class SqliteRowsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary><c>INSERT … SELECT</c> of every row in the <c>@rows</c> array, with <c>@document_id</c>.</summary>
    public static string InsertSql(ArchiveTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        var values = string.Join(", ", table.Columns.Select((_, i) => $"value ->> {i}"));
        return $"INSERT INTO {table.Name} (document_id, {columns}) SELECT @document_id, {values} FROM json_each(@rows)";
    }

    /// <summary>The rows as JSON text. Not thread-safe: one per writing connection.</summary>
    public string Write(IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    WriteValue(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteNumberValue(flag ? 1 : 0);
                break;
            case decimal number:
                // Microsoft.Data.Sqlite's own text for a decimal parameter.
                writer.WriteStringValue(number.ToString("0.0###########################", CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "No JSON form for a value of this type.");
        }
    }
}
