using FormExtract.Archive.Schema;
using static FormExtract.Archive.Schema.ColumnKind;

namespace FormExtract.Archive.Storage;

/// <summary>The statements both dialects run as they are (SQLite and PostgreSQL share this syntax).</summary>
internal static class ArchiveSql
{
    public const string StartLoad = """
        INSERT INTO loads (command, host, reader_version, inputs) VALUES (@command, @host, @reader_version, @inputs) RETURNING id
        """;

    public const string Find = "SELECT id, sha256, status, reader_version FROM documents WHERE sha256 = @sha256";

    /// <summary>Removes an older reading of the same bytes; its rows go with it (ON DELETE CASCADE).</summary>
    public const string DeleteOlder = "DELETE FROM documents WHERE sha256 = @sha256 AND reader_version < @reader_version";

    /// <summary>Removes the reading a corrected one replaces, whatever its reader version; its rows go with it.</summary>
    public const string DeleteReading = "DELETE FROM documents WHERE sha256 = @sha256 AND @reader_version > 0"; // bound as DeleteOlder is

    public const string RecordInput = """
        INSERT INTO load_inputs (load_id, path, sha256, outcome, error) VALUES (@load_id, @path, @sha256, @outcome, @error)
        ON CONFLICT (load_id, path) DO UPDATE SET sha256 = excluded.sha256, outcome = excluded.outcome, error = excluded.error
        """;

    public const string StoreFile = """
        INSERT INTO files (sha256, bytes, size_bytes, first_path) VALUES (@sha256, @bytes, @size_bytes, @first_path)
        ON CONFLICT (sha256) DO NOTHING
        """;

    public const string ReadFile = "SELECT bytes FROM files WHERE sha256 = @sha256";

    /// <summary>The document row's columns after <c>id</c>; <c>archived_at</c> is the database's clock.</summary>
    public static ArchiveTable Documents { get; } = new("documents",
        new("sha256", Text), new("source_path", Text), new("format", Text), new("encoding", Text), new("pages", Int4),
        new("ocr", Flag), new("size_bytes", BigInt), new("reader_version", Int4), new("status", Text),
        new("error_code", Text), new("error", Text), new("form_count", Int4), new("warning_count", Int4),
        new("finding_count", Int4), new("load_id", BigInt), new("document_json", ColumnKind.Json));

    /// <summary>Inserts the document row unless its bytes are archived already; returns its id, or nothing.</summary>
    public static string InsertDocument { get; } =
        $"INSERT INTO documents ({string.Join(", ", Documents.Columns.Select(c => c.Name))}) " +
        $"VALUES ({string.Join(", ", Documents.Columns.Select(c => "@" + c.Name))}) ON CONFLICT (sha256) DO NOTHING RETURNING id";

    public static object?[] DocumentValues(ArchiveEntry entry)
    {
        var document = entry.Document;
        var source = document.Source;
        return
        [
            source.Sha256, entry.InputPath, DocumentRows.FormatName(source.Format), source.Encoding, source.Pages, source.Ocr,
            entry.SizeBytes, entry.ReaderVersion, entry.Failure is null ? "done" : "failed", entry.Failure?.Code, entry.Failure?.Message,
            document.Forms.Count, document.Warnings.Count, document.Forms.Sum(f => f.Findings.Count), entry.LoadId, entry.DocumentJson,
        ];
    }

    /// <summary>The outcome of an input whose document was written.</summary>
    public static InputOutcome Stored(ArchiveEntry entry, bool replacedOlder) =>
        entry.Failure is not null ? InputOutcome.Failed : replacedOlder ? InputOutcome.Reprocessed : InputOutcome.Archived;
}
