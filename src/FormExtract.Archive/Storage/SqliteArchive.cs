using System.Data.Common;
using FormExtract.Archive.Migrations;
using FormExtract.Archive.Query;
using FormExtract.Archive.Schema;
using Microsoft.Data.Sqlite;
using Serilog;

namespace FormExtract.Archive.Storage;

/// <summary>
/// An archive in one SQLite file. One connection writes, used by one thread at a time: SQLite has one writer
/// anyway, and the statements are prepared once and reused for every document. A second connection looks
/// documents up, so that extraction threads asking whether a file is archived never wait for a document being
/// written. A document's rows go in one statement per table (<see cref="SqliteRowsJson"/>). WAL journal, so
/// that readers (the <c>query</c> command too) never wait for a load, and a killed loader leaves every
/// committed document intact.
/// </summary>
internal sealed class SqliteArchive : IArchive
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _prepared = [];
    private readonly SqliteConnection _lookups;
    private readonly SemaphoreSlim _lookupGate = new(1, 1);
    private readonly SqliteCommand _find;
    private readonly SqliteRowsJson _rowsJson = new();

    private SqliteArchive(ArchiveTarget target, SqliteConnection connection, SqliteConnection lookups)
    {
        Target = target;
        _connection = connection;
        _lookups = lookups;
        _find = lookups.CreateCommand();
        _find.CommandText = ArchiveSql.Find;
        _find.Parameters.Add(new SqliteParameter { ParameterName = "@sha256" });
    }

    public ArchiveTarget Target { get; }

    public int Writers => 1;

    public static async Task<SqliteArchive> OpenAsync(ArchiveTarget target, bool readOnly, ILogger log, CancellationToken cancellationToken)
    {
        if (readOnly && !File.Exists(target.Value))
        {
            throw new ArchiveException(ArchiveErrors.NotAnArchive, $"{target}: no such archive.");
        }

        if (!readOnly && Path.GetDirectoryName(target.Value) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ArchiveException(ArchiveErrors.ReadOnly, $"{target}: the archive's folder cannot be created: {e.Message}", e);
            }
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = target.Value,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 120,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Another loader writing the same file makes this one wait its turn rather than fail.
            await ExecuteAsync(connection, "PRAGMA busy_timeout = 120000", cancellationToken).ConfigureAwait(false);
            if (readOnly)
            {
                await ExecuteAsync(connection, "PRAGMA query_only = 1", cancellationToken).ConfigureAwait(false);
                await RequireArchiveAsync(target, connection, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
                await MigrateAsync(target, connection, log, cancellationToken).ConfigureAwait(false);
            }

            var lookups = new SqliteConnection(builder.ConnectionString);
            await lookups.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(lookups, "PRAGMA busy_timeout = 120000", cancellationToken).ConfigureAwait(false);
            return new SqliteArchive(target, connection, lookups);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SqliteErrors.Map(target, e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<long> StartLoadAsync(string command, int inputs, int readerVersion, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var insert = Prepared(ArchiveSql.StartLoad, "@command", "@host", "@reader_version", "@inputs");
            SetValues(insert, null, command, Environment.MachineName, readerVersion, inputs);
            return (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        });

    public Task FinishLoadAsync(long loadId, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var update = Prepared("UPDATE loads SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id", "@id");
            SetValues(update, null, loadId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });

    public async Task<ArchivedDocument?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        await _lookupGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _find.Parameters[0].Value = sha256;
            await using var reader = await _find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ArchivedDocument(reader.GetInt64(0), reader.GetString(1), reader.GetString(2) == "done", reader.GetInt32(3))
                : null;
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(Target, e);
        }
        finally
        {
            _lookupGate.Release();
        }
    }

    public Task<InputOutcome> StoreAsync(ArchiveEntry entry, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var replaced = false;
            if (entry.Replace || entry.Corrected)
            {
                var delete = Prepared(entry.Corrected ? ArchiveSql.DeleteReading : ArchiveSql.DeleteOlder, "@sha256", "@reader_version");
                SetValues(delete, transaction, entry.Sha256, entry.ReaderVersion);
                replaced = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            }

            var insert = Prepared(ArchiveSql.InsertDocument, [.. ArchiveSql.Documents.Columns.Select(c => "@" + c.Name)]);
            SetValues(insert, transaction, ArchiveSql.DocumentValues(entry));
            var id = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            var outcome = InputOutcome.Skipped;
            if (id is long documentId)
            {
                foreach (var table in DocumentRows.From(entry.Document).Where(t => t.Rows.Count > 0))
                {
                    var command = Prepared(SqliteRowsJson.InsertSql(table.Table), "@document_id", "@rows");
                    SetValues(command, transaction, documentId, _rowsJson.Write(table.Rows));
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                outcome = ArchiveSql.Stored(entry, replaced);
            }

            await RecordAsync(entry.LoadId, new InputRecord(entry.InputPath, entry.Sha256, outcome, entry.Failure?.Message), transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        });

    public Task RecordInputAsync(long loadId, InputRecord input, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await RecordAsync(loadId, input, null, cancellationToken).ConfigureAwait(false);
            return 0;
        });

    public Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = sql;
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await QueryResult.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 1 or 8)
            {
                throw new ArchiveException(ArchiveErrors.Query, $"{Target}: the query failed: {e.Message}", e);
            }
        });

    public Task StoreFileAsync(string sha256, ReadOnlyMemory<byte> bytes, string path, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var insert = Prepared(ArchiveSql.StoreFile, "@sha256", "@bytes", "@size_bytes", "@first_path");
            SetValues(insert, null, sha256, bytes.ToArray(), (long)bytes.Length, path);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });

    public Task<byte[]?> ReadFileAsync(string sha256, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            var select = Prepared(ArchiveSql.ReadFile, "@sha256");
            SetValues(select, null, sha256);
            return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
        });

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await _find.DisposeAsync().ConfigureAwait(false);
        await _lookups.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
        _lookupGate.Dispose();
    }

    private async Task RecordAsync(long loadId, InputRecord input, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var record = Prepared(ArchiveSql.RecordInput, "@load_id", "@path", "@sha256", "@outcome", "@error");
        SetValues(record, transaction, loadId, input.Path, input.Sha256, InputOutcomes.Name(input.Outcome), input.Error);
        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A statement prepared once per archive: SQLite compiles it on first use and keeps it.</summary>
    private SqliteCommand Prepared(string sql, params string[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _prepared[sql] = command;
        }

        return command;
    }

    private static void SetValues(SqliteCommand command, SqliteTransaction? transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>One caller at a time on the connection; SQLite's errors become archive faults naming the file.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(Target, e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task MigrateAsync(ArchiveTarget target, SqliteConnection connection, ILogger log, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'", cancellationToken).ConfigureAwait(false) == 0
            && await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new ArchiveException(ArchiveErrors.NotAnArchive, $"{target}: a SQLite database of another program, not a formextract archive; give a new file name.");
        }

        await new Migrator(ArchiveKind.Sqlite, target, log).MigrateAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task RequireArchiveAsync(ArchiveTarget target, SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(connection, null, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'", cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new ArchiveException(ArchiveErrors.NotAnArchive, $"{target}: not a formextract archive.");
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
