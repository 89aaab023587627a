using FormExtract.Archive.Schema;
using NpgsqlTypes;

namespace FormExtract.Archive.Storage;

/// <summary>
/// A document's rows as one <c>INSERT … SELECT FROM unnest(arrays)</c> per table: one statement and one set of
/// parameters per table, whatever the number of rows, so a whole document travels in one round trip.
/// </summary>
internal static class PostgresRowWriter
{
    public static string InsertSql(ArchiveTable table) =>
        $"INSERT INTO {table.Name} (document_id, {string.Join(", ", table.Columns.Select(c => c.Name))}) " +
        $"SELECT @document_id, * FROM unnest({string.Join(", ", table.Columns.Select((_, i) => $"@c{i}"))})";

    /// <summary>Each column of the rows as a typed array parameter value.</summary>
    public static IEnumerable<(string Name, NpgsqlDbType Type, object Values)> Columns(TableRows rows)
    {
        for (var i = 0; i < rows.Table.Columns.Count; i++)
        {
            var column = i;
            var values = rows.Rows.Select(r => r[column]);
            var kind = rows.Table.Columns[i].Kind;
            object array = kind switch
            {
                ColumnKind.Text or ColumnKind.Json => values.Select(v => (string?)v).ToArray(),
                ColumnKind.Int4 => values.Select(v => v is null ? (int?)null : Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                ColumnKind.BigInt => values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                ColumnKind.Numeric => values.Select(v => (decimal?)v).ToArray(),
                ColumnKind.Float8 => values.Select(v => (double?)v).ToArray(),
                ColumnKind.Flag => values.Select(v => (bool?)v).ToArray(),
                _ => throw new ArgumentOutOfRangeException(nameof(rows), kind, "Unknown column kind."),
            };
            yield return ($"c{i}", NpgsqlDbType.Array | Type(kind), array);
        }
    }

    public static NpgsqlDbType Type(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Json => NpgsqlDbType.Json,
        ColumnKind.Int4 => NpgsqlDbType.Integer,
        ColumnKind.BigInt => NpgsqlDbType.Bigint,
        ColumnKind.Numeric => NpgsqlDbType.Numeric,
        ColumnKind.Float8 => NpgsqlDbType.Double,
        ColumnKind.Flag => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown column kind."),
    };
}
