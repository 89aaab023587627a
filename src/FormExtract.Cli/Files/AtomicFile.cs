namespace FormExtract.Cli.Files;

/// <summary>Rewrites a file in place so that it is always either the old file or the new one, whole.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> beside <paramref name="path"/>, then renames them over it. A write that fails
    /// (a full disk, a folder that cannot be written) leaves the file as it was and no scratch file behind, and comes
    /// as an <see cref="IOException"/> or an <see cref="UnauthorizedAccessException"/> (see <see cref="WriteFault"/>).
    /// </summary>
    public static async Task ReplaceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".formextract-{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (WriteFault.Is(e))
        {
            throw WriteFault.AsIOException(e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
