using System.Globalization;
using System.Reflection;

namespace FormExtract.Archive.Migrations;

/// <summary>
/// The versioned migrations of one dialect, embedded in this assembly from <c>Migrations/&lt;Dialect&gt;/</c>.
/// Both dialects have the same versions, so an archive's version means the same schema on either.
/// </summary>
internal static class MigrationSet
{
    public static IReadOnlyList<Migration> For(ArchiveKind kind)
    {
        var prefix = $"migrations/{kind}/";
        var assembly = typeof(MigrationSet).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToArray();
        if (migrations.Length == 0 || migrations.Select((m, i) => m.Version == i + 1).Any(ok => !ok))
        {
            throw new InvalidOperationException($"The {kind} migrations are not numbered 1, 2, 3 …");
        }

        return migrations;
    }

    /// <summary>The newest schema version this program knows.</summary>
    public static int Latest(ArchiveKind kind) => For(kind)[^1].Version;

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
        return new Migration(version, fileName, reader.ReadToEnd());
    }
}
