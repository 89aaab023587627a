using System.Text.RegularExpressions;

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

    public static int Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length < 5)
            {
                return 1;
            }

            using var stream = info.OpenRead();
            Span<byte> head = stackalloc byte[5];
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.SequenceEqual("%PDF-"u8))
            {
                return 1;
            }

            if (info.Length > SearchLimit)
            {
                return (int)Math.Max(1, info.Length / 100_000);
            }

            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
            return Math.Max(1, PageObject().Count(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1; // The batch reports the file itself; a guess needs no error.
        }
    }

    // "/Type /Page" but not "/Type /Pages" (the page tree's nodes).
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
