using System.Data.Common;
using Serilog;

namespace FormExtract.Archive.Migrations;

/// <summary>
/// Brings an archive's schema to the newest version: creates <c>schema_migrations</c>, applies each missing
/// migration in order, all in one transaction that the caller opened with the dialect's write lock (SQLite:
/// <c>BEGIN IMMEDIATE</c>; PostgreSQL: an advisory lock), so that two loaders starting at once migrate once.
/// </summary>
internal sealed class Migrator(ArchiveKind kind, ArchiveTarget target, ILogger log)
{
    private const string Bookkeeping = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL
        )
        """;

    public async Task MigrateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, Bookkeeping, cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<int>();
        await using (var select = Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var known = MigrationSet.For(kind);
        if (applied.Count > 0 && applied.Max() > known[^1].Version)
        {
            throw new ArchiveException(ArchiveErrors.NewerSchema,
                $"{target}: the archive's schema is version {applied.Max()}, newer than this program's {known[^1].Version}; use a newer formextract.");
        }

        foreach (var migration in known.Where(m => !applied.Contains(m.Version)))
        {
            log.Information("Archive {Archive}: applying schema migration {Migration}", target.Display, migration.Name);
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)");
            Parameter(record, "@version", migration.Version);
            Parameter(record, "@name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
