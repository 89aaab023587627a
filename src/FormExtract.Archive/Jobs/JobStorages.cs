using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Jobs;

/// <summary>Hangfire's PostgreSQL storage in the archive's database (its own schema, <c>hangfire</c>, which it creates and migrates itself).</summary>
public static class JobStorages
{
    public static JobStorage Create(ArchiveTarget target, JobQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (target.Kind != ArchiveKind.Postgres)
        {
            throw new ArchiveException(ArchiveErrors.NeedsPostgres,
                $"{target}: queues and workers need a PostgreSQL archive (--archive \"Host=…;Database=…\"); a SQLite file serves one machine: use 'formextract load'.");
        }

        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.JobTimeout,
            QueuePollInterval = options.PollInterval,
        };
        try
        {
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(target.Value, storageOptions), storageOptions);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
        {
            throw PostgresErrors.Connecting(target, e);
        }
    }
}
