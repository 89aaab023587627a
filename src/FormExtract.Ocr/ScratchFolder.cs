namespace FormExtract.Ocr;

/// <summary>
/// A temporary folder for poppler's input and output (a copy of the PDF, rendered pages), held by the
/// process that made it through a lock file it keeps open. A killed process leaves its folder behind, but
/// not its lock: <see cref="RemoveLeftovers"/> removes the folders no process holds.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    private const string Prefix = "formextract-ocr-";
    private const string LockName = ".lock";

    /// <summary>A folder without a lock file is taken as being made for this long, then as left behind.</summary>
    private static readonly TimeSpan Unlocked = TimeSpan.FromMinutes(10);

    private readonly FileStream _lock;

    private ScratchFolder(DirectoryInfo folder, FileStream held)
    {
        Folder = folder;
        _lock = held;
    }

    public DirectoryInfo Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder.FullName, name);

    public static ScratchFolder Create()
    {
        var folder = Directory.CreateTempSubdirectory(Prefix);
        var held = new FileStream(Path.Combine(folder.FullName, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        return new ScratchFolder(folder, held);
    }

    /// <summary>Removes the scratch folders of killed runs from the temporary folder; how many were removed.</summary>
    public static int RemoveLeftovers()
    {
        var removed = 0;
        IEnumerable<DirectoryInfo> folders;
        try
        {
            folders = new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(Prefix + "*").ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in folders)
        {
            try
            {
                var lockPath = Path.Combine(folder.FullName, LockName);
                if (!File.Exists(lockPath))
                {
                    if (DateTime.UtcNow - folder.LastWriteTimeUtc > Unlocked)
                    {
                        folder.Delete(recursive: true);
                        removed++;
                    }

                    continue;
                }

                // Held by a live process: opening it alone fails.
                using (new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    folder.Delete(recursive: true);
                }

                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use, or not ours to remove.
            }
        }

        return removed;
    }

    public void Dispose()
    {
        _lock.Dispose();
        try
        {
            Folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run's sweep.
        }
    }
}
