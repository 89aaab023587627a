using System.Text.RegularExpressions;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;

namespace FormExtract.Cli.Batch;

/// <summary>
/// How many pages a file will be, guessed before it is read, so that the progress bar's remaining time
/// counts pages (a 40-page scanned PDF is forty times the work of a one-page image), not files. A PDF's page
/// objects are counted in its bytes; any other file counts as one page. The guess is corrected once the file
/// is read (<see cref="PageProgress"/>).
/// </summary>
internal static partial class PageEstimate
{
    /// <summary>Files larger than this are not searched for page objects: they count as one page per 100 kB.</summary>
    private const long SearchLimit = 64L * 1024 * 1024;

    public static int Of(string path) => Of(NativePath.Of(path));

    /// <summary>The guess for one input; opened as the batch opens it, so a FIFO or device is never waited on.</summary>
    public static int Of(NativePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (handle, info, _) = Posix.OpenRegular(path);
        if (handle is null)
        {
            return 1; // The batch reports the file itself; a guess needs no error.
        }

        try
        {
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            var length = info!.Value.Size;
            Span<byte> head = stackalloc byte[5];
            if (length < 5 || stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.SequenceEqual("%PDF-"u8))
            {
                return 1;
            }

            if (length > SearchLimit)
            {
                return (int)Math.Max(1, length / 100_000);
            }

            var bytes = new byte[length];
            head.CopyTo(bytes);
            var read = 5 + stream.ReadAtLeast(bytes.AsSpan(5), bytes.Length - 5, throwOnEndOfStream: false);
            var text = System.Text.Encoding.Latin1.GetString(bytes, 0, read);
            return Math.Max(1, PageObject().Count(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }

    // "/Type /Page" but not "/Type /Pages" (the page tree's nodes).
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
