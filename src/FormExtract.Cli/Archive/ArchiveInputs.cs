using FormExtract.Archive;
using FormExtract.Archive.Loading;
using FormExtract.Cli.Batch;
using Serilog;

namespace FormExtract.Cli.Archive;

/// <summary>The command line's files and folders as load inputs, as <c>extract</c> finds them, less the archive's own files.</summary>
internal static class ArchiveInputs
{
    public static (IReadOnlyList<LoadInput> Inputs, int Problems) Discover(IEnumerable<string> arguments, ArchiveTarget target, ILogger logger)
    {
        var (found, problems) = InputDiscovery.Discover(arguments, excludedFolder: null);
        foreach (var problem in problems)
        {
            logger.Error("{Problem}", problem);
        }

        // A SQLite archive inside an input folder is not an input, nor are its journal files.
        string[] own = target.Kind == ArchiveKind.Sqlite ? [target.Value, target.Value + "-wal", target.Value + "-shm", target.Value + "-journal"] : [];
        var inputs = found
            .Where(f => !own.Contains(Path.GetFullPath(f.FullPath), StringComparer.Ordinal))
            .Select(f => new LoadInput(f.FullPath, f.DisplayPath))
            .ToArray();
        return (inputs, problems.Count);
    }
}
