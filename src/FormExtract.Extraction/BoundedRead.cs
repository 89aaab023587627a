using System.Security.Cryptography;

namespace FormExtract;

/// <summary>
/// Reads a stream to its end, holding at most a bound of it: past the bound the rest is only hashed as it
/// streams by, so that a file too large to read still has its SHA-256 (the one its document records).
/// </summary>
internal static class BoundedRead
{
    public static async Task<(ReadOnlyMemory<byte>? Bytes, long Length, string Sha256)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        MemoryStream? held = new();
        var buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
            if (length > maxBytes)
            {
                held = null; // Past the bound nothing more is held, and what was is let go.
            }

            held?.Write(buffer, 0, read);
        }

        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (held is null)
        {
            return (null, length, sha256);
        }

        ReadOnlyMemory<byte> bytes = held.GetBuffer().AsMemory(0, (int)held.Length);
        return (bytes, length, sha256);
    }
}
