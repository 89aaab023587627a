using FormExtract.Core.Ingestion;

namespace FormExtract.Archive.Loading;

/// <summary>An input's bytes, or why they could not be had (then the SHA-256 of what was hashed, if anything).</summary>
public sealed record LoadRead(InputFile? File, string? Problem, string? UnreadSha256)
{
    public static LoadRead Read(InputFile file) => new(file, null, null);

    public static LoadRead Unread(string problem, string? sha256 = null) => new(null, problem, sha256);

    public static async Task<LoadRead> FromFileAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return Unread($"it is {length} bytes, more than the {maxBytes} read from one file");
            }

            return Read(await InputFile.LoadAsync(path, path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unread($"it cannot be read ({e.Message})");
        }
    }
}
