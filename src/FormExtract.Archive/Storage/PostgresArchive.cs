using System.Data.Common;
using FormExtract.Archive.Migrations;
using FormExtract.Archive.Query;
using FormExtract.Archive.Schema;
using Npgsql;
using NpgsqlTypes;
using Serilog;

namespace FormExtract.Archive.Storage;

/// <summary>
/// An archive in a PostgreSQL database: pooled connections, so loaders and workers on many machines write at
/// once; each document is one transaction of three round trips (its row, its child rows, commit).
/// </summary>
internal sealed class PostgresArchive : IArchive
{
    /// <summary>Serialises schema migrations between processes: two workers starting at once migrate once.</summary>
    private const long MigrationLock = 0x466F726D45787472;

    private readonly NpgsqlDataSource _source;

    private PostgresArchive(ArchiveTarget target, NpgsqlDataSource source)
    {
        Target = target;
        _source = source;
    }

    public ArchiveTarget Target { get; }

    /// <summary>A document is a few round trips: several in flight keep the server and the network busy.</summary>
    public int Writers => 4;

    public static async Task<PostgresArchive> OpenAsync(ArchiveTarget target, bool readOnly, ILogger log, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlDataSourceBuilder(target.Value);
        // The same few statements run for every document: let Npgsql prepare them on the server.
        builder.ConnectionStringBuilder.MaxAutoPrepare = Math.Max(builder.ConnectionStringBuilder.MaxAutoPrepare, 32);
        var source = builder.Build();
        try
        {
            await using var connection = await OpenAsync(target, source, cancellationToken).ConfigureAwait(false);
            if (readOnly)
            {
                await using var check = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
                if (!(bool)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    throw new ArchiveException(ArchiveErrors.NotAnArchive, $"{target}: not a formextract archive (no schema_migrations table).");
                }
            }
            else
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({MigrationLock})", connection, transaction))
                {
                    await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await new Migrator(ArchiveKind.Postgres, target, log).MigrateAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is NpgsqlException or IOException)
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw PostgresErrors.Connecting(target, e);
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new PostgresArchive(target, source);
    }

    public Task<long> StartLoadAsync(string command, int inputs, int readerVersion, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var insert = Command(ArchiveSql.StartLoad, connection, null, ("command", command), ("host", Environment.MachineName), ("reader_version", readerVersion), ("inputs", inputs));
            return (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);

    public Task FinishLoadAsync(long loadId, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var update = Command("UPDATE loads SET finished_at = now() WHERE id = @id", connection, null, ("id", loadId));
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<ArchivedDocument?> FindAsync(string sha256, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var find = Command(ArchiveSql.Find, connection, null, ("sha256", sha256));
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ArchivedDocument(reader.GetInt64(0), reader.GetString(1), reader.GetString(2) == "done", reader.GetInt32(3))
                : null;
        }, cancellationToken);

    public Task<InputOutcome> StoreAsync(ArchiveEntry entry, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var replaced = false;
            if (entry.Replace || entry.Corrected)
            {
                await using var delete = Command(entry.Corrected ? ArchiveSql.DeleteReading : ArchiveSql.DeleteOlder, connection, transaction, ("sha256", entry.Sha256), ("reader_version", entry.ReaderVersion));
                replaced = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            }

            await using var insert = new NpgsqlCommand(ArchiveSql.InsertDocument, connection, transaction);
            var values = ArchiveSql.DocumentValues(entry);
            for (var i = 0; i < values.Length; i++)
            {
                var column = ArchiveSql.Documents.Columns[i];
                insert.Parameters.Add(new NpgsqlParameter(column.Name, PostgresRowWriter.Type(column.Kind)) { Value = values[i] ?? DBNull.Value });
            }

            var id = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            var outcome = id is long ? ArchiveSql.Stored(entry, replaced) : InputOutcome.Skipped;
            await using var batch = new NpgsqlBatch(connection, transaction);
            if (id is long documentId)
            {
                foreach (var rows in DocumentRows.From(entry.Document).Where(r => r.Rows.Count > 0))
                {
                    var command = new NpgsqlBatchCommand(PostgresRowWriter.InsertSql(rows.Table));
                    command.Parameters.Add(new NpgsqlParameter("document_id", NpgsqlDbType.Bigint) { Value = documentId });
                    foreach (var (name, type, array) in PostgresRowWriter.Columns(rows))
                    {
                        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = array });
                    }

                    batch.BatchCommands.Add(command);
                }
            }

            batch.BatchCommands.Add(RecordCommand(entry.LoadId, new InputRecord(entry.InputPath, entry.Sha256, outcome, entry.Failure?.Message)));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }, cancellationToken);

    public Task RecordInputAsync(long loadId, InputRecord input, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var batch = new NpgsqlBatch(connection) { BatchCommands = { RecordCommand(loadId, input) } };
            return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<QueryResult> QueryAsync(string sql, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            // Queries never change the archive, whatever SQL they were given.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var query = new NpgsqlCommand(sql, connection, transaction);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await QueryResult.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task StoreFileAsync(string sha256, ReadOnlyMemory<byte> bytes, string path, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var insert = Command(ArchiveSql.StoreFile, connection, null, ("sha256", sha256), ("size_bytes", (long)bytes.Length), ("first_path", path));
            insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("bytes", NpgsqlDbType.Bytea) { TypedValue = bytes });
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<byte[]?> ReadFileAsync(string sha256, CancellationToken cancellationToken) =>
        GuardAsync(async connection =>
        {
            await using var select = Command(ArchiveSql.ReadFile, connection, null, ("sha256", sha256));
            return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
        }, cancellationToken);

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static NpgsqlBatchCommand RecordCommand(long loadId, InputRecord input)
    {
        var command = new NpgsqlBatchCommand(ArchiveSql.RecordInput);
        command.Parameters.Add(new NpgsqlParameter("load_id", NpgsqlDbType.Bigint) { Value = loadId });
        command.Parameters.Add(new NpgsqlParameter("path", NpgsqlDbType.Text) { Value = input.Path });
        command.Parameters.Add(new NpgsqlParameter("sha256", NpgsqlDbType.Text) { Value = (object?)input.Sha256 ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("outcome", NpgsqlDbType.Text) { Value = InputOutcomes.Name(input.Outcome) });
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlDbType.Text) { Value = (object?)input.Error ?? DBNull.Value });
        return command;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, NpgsqlTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task<NpgsqlConnection> OpenAsync(ArchiveTarget target, NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        try
        {
            return await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
        {
            throw PostgresErrors.Connecting(target, e);
        }
    }

    /// <summary>A pooled connection for one operation; the server's failures become archive faults.</summary>
    private async Task<T> GuardAsync<T>(Func<NpgsqlConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await action(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or DbException)
        {
            throw PostgresErrors.During(Target, e);
        }
    }
}
