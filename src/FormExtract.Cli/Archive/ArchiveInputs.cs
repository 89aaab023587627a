using FormExtract.Archive;
using FormExtract.Archive.Loading;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using Serilog;
using Serilog.Context;

namespace FormExtract.Cli.Archive;

/// <summary>
/// The command line's files and folders as load inputs, found as <c>extract</c> finds them (regular files only,
/// each folder once) and read by its reader (bounded in size, checked on the open file), less the archive's
/// own files.
/// </summary>
internal static class ArchiveInputs
{
    public static (IReadOnlyList<LoadInput> Inputs, int Problems) Discover(IEnumerable<string> arguments, ArchiveTarget target, bool followLinks, long maxFileBytes, ILogger logger)
    {
        var discovery = new InputDiscovery(new DiscoveryOptions(followLinks, UniqueOutputNames: false)).Discover(arguments);
        foreach (var problem in discovery.Problems)
        {
            var name = NativePath.Escape(problem.Path);
            using var _ = LogContext.PushProperty("File", name);
            if (problem.IsFailure)
            {
                logger.Error("{File}: {Problem}", name, NativePath.Escape(problem.Reason));
            }
            else
            {
                logger.Warning("{File}: {Problem}", name, NativePath.Escape(problem.Reason));
            }
        }

        // A SQLite archive inside an input folder is not an input, nor are its journal files.
        string[] ownPaths = target.Kind == ArchiveKind.Sqlite ? [target.Value, target.Value + "-wal", target.Value + "-shm", target.Value + "-journal"] : [];
        var own = ownPaths.Select(p => Posix.Stat(NativePath.Of(p), followLinks: true).Info?.Id).OfType<NodeId>().ToHashSet();
        var reader = new InputReader(maxFileBytes);
        var inputs = discovery.Inputs
            .Where(i => i.Id is not { } id || !own.Contains(id))
            .Select(i => new LoadInput(i.DisplayPath, ct => ReadAsync(reader, i, ct)))
            .ToArray();
        return (inputs, discovery.Failures);
    }

    private static async Task<LoadRead> ReadAsync(InputReader reader, BatchInput input, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        // The hash of no bytes stands for a file that was never hashed: the archive records no hash then.
        return read.File is { } file ? LoadRead.Read(file)
            : LoadRead.Unread(read.Problem!, read.UnreadSha256 == InputReader.NoBytesSha256 ? null : read.UnreadSha256);
    }
}
