namespace FormExtract.Archive.Loading;

/// <summary>
/// One input file: the path it is known by in the archive and in messages, and how its bytes are read. The
/// CLI reads with its batch's reader (regular files only, bounded in size), so a load meets a bad file as
/// <c>extract</c> does.
/// </summary>
public sealed record LoadInput(string DisplayPath, Func<CancellationToken, Task<LoadRead>> ReadAsync)
{
    /// <summary>A file read whole by path, at most <paramref name="maxBytes"/> of it (tests, library callers).</summary>
    public static LoadInput FromFile(string path, long maxBytes = long.MaxValue) => new(path, ct => LoadRead.FromFileAsync(path, maxBytes, ct));
}
