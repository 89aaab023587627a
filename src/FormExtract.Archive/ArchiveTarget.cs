using Npgsql;

namespace FormExtract.Archive;

/// <summary>
/// Where an archive lives, as given to <c>--archive</c>: a value with <c>=</c> in it is a PostgreSQL connection
/// string (<c>Host=…;Database=…</c>), anything else the path of a SQLite file.
/// </summary>
public sealed record ArchiveTarget
{
    private ArchiveTarget(ArchiveKind kind, string value, string display)
    {
        Kind = kind;
        Value = value;
        Display = display;
    }

    public ArchiveKind Kind { get; }

    /// <summary>The SQLite file's full path, or the connection string.</summary>
    public string Value { get; }

    /// <summary>How messages name the archive: the path as given, or host and database (never a password).</summary>
    public string Display { get; }

    /// <summary>Reads <c>--archive</c>; a malformed connection string is an <see cref="ArchiveException"/>.</summary>
    public static ArchiveTarget Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return new ArchiveTarget(ArchiveKind.Sqlite, Path.GetFullPath(value), value);
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            throw new ArchiveException(ArchiveErrors.ConnectionString, $"--archive: not a PostgreSQL connection string ({e.Message}); give Host=…;Database=… or the path of a SQLite file.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArchiveException(ArchiveErrors.ConnectionString, "--archive: the PostgreSQL connection string names no Host.");
        }

        var database = builder.Database ?? builder.Username ?? "postgres";
        var port = builder.Port == NpgsqlConnection.DefaultPort ? string.Empty : $":{builder.Port}";
        return new ArchiveTarget(ArchiveKind.Postgres, value, $"postgresql {builder.Host}{port}/{database}");
    }

    public override string ToString() => Display;
}
