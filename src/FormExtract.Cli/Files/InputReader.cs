using System.Security.Cryptography;
using FormExtract.Cli.Batch;
using FormExtract.Cli.Interop;
using FormExtract.Core.Ingestion;

namespace FormExtract.Cli.Files;

/// <summary>
/// Reads one input's bytes: only a regular file (checked on the open descriptor, so a FIFO or device put in
/// its place since discovery is refused, not waited on or read forever), and at most
/// <paramref name="maxBytes"/> of it; a larger file is hashed as it streams past, never held.
/// </summary>
internal sealed class InputReader(long maxBytes)
{
    public static string NoBytesSha256 { get; } = Convert.ToHexStringLower(SHA256.HashData([]));

    public async Task<InputRead> ReadAsync(BatchInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (handle, info, error) = Posix.OpenRegular(input.Location);
        if (handle is null)
        {
            return InputRead.Unread($"it cannot be opened ({error})", NoBytesSha256);
        }

        await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        try
        {
            if (info!.Value.Size > maxBytes)
            {
                var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
                return InputRead.Unread($"it is {Megabytes(info.Value.Size)}, more than the {Megabytes(maxBytes)} read from one file (--limit file-bytes)", hash);
            }

            // The size is the one stated when it was opened; a file still growing is read up to the limit and one byte more.
            var buffer = new byte[(int)info.Value.Size];
            var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.AsMemory(0, length);
            if (length == buffer.Length && await MoreAsync(stream, cancellationToken).ConfigureAwait(false) is { } more)
            {
                if (more.Length + length > maxBytes)
                {
                    return InputRead.Unread($"it grew past the {Megabytes(maxBytes)} read from one file (--limit file-bytes) while it was read", NoBytesSha256);
                }

                bytes = (byte[])[.. bytes.Span, .. more];
            }

            return InputRead.Read(new InputFile(input.DisplayPath, bytes));
        }
        catch (IOException e)
        {
            return InputRead.Unread($"it cannot be read ({e.Message})", NoBytesSha256);
        }
    }

    private async Task<byte[]?> MoreAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var rest = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            rest.Write(buffer, 0, read);
            if (rest.Length > maxBytes)
            {
                break;
            }
        }

        return rest.Length == 0 ? null : rest.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";
}
