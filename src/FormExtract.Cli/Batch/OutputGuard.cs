using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Refuses an output that would destroy an input: a JSON Lines or log file that is one of the inputs would be
/// emptied (or written into) before it is read; an output folder that is a file cannot hold documents.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Why the outputs cannot be used with these inputs, or null.</summary>
    public static string? Check(IReadOnlyList<BatchInput> inputs, (string Option, string? Path)[] files, string? outFolder)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(files);
        if (outFolder is not null && Posix.Stat(NativePath.Of(outFolder), followLinks: true).Info is { Kind: not NodeKind.Folder } outInfo)
        {
            return $"--out {outFolder}: it is {outInfo.KindName}, not a folder.";
        }

        var inputIds = inputs.Where(i => i.Id is not null).ToDictionary(i => i.Id!.Value, i => i.DisplayPath);
        foreach (var (option, path) in files)
        {
            if (path is null || Posix.Stat(NativePath.Of(path), followLinks: true).Info is not { } info)
            {
                continue;
            }

            if (info.Kind == NodeKind.Folder)
            {
                return $"{option} {path}: it is a folder, not a file.";
            }

            if (inputIds.TryGetValue(info.Id, out var input))
            {
                return $"{option} {path}: it is the input {input}; it would be overwritten before it is read. Write it elsewhere.";
            }
        }

        return null;
    }
}
