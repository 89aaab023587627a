using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Reads a tab-separated text dump (text extracted from a PDF's tables): one row per line, one cell per tab.
/// Blank lines are where the dump put page breaks; the next row is marked as following a break.
/// </summary>
public sealed class TextDumpReader : IDocumentReader
{
    public const string TooLargeCode = "text-too-large";

    private readonly TextReaderOptions _options;

    public TextDumpReader()
        : this(TextReaderOptions.Default)
    {
    }

    public TextDumpReader(TextReaderOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    public SourceFormat Format => SourceFormat.Text;

    /// <summary>Whatever no other reader took, except a file that starts as a binary format (a scan in which OCR found nothing).</summary>
    public bool CanRead(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return BinarySignature.Of(file.Bytes.Span) is null;
    }

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.IsEmpty)
        {
            return ReadResult.Fail("empty-file", $"{file.Path}: the file is empty.");
        }

        if (file.Bytes.Length > _options.MaxBytes)
        {
            return ReadResult.Fail(TooLargeCode, $"{file.Path}: {Mebibytes(file.Bytes.Length)} of text, more than the {Mebibytes(_options.MaxBytes)} read from one text file (TextReaderOptions.MaxBytes).");
        }

        var (decoded, problem) = TextDecoder.Decode(file.Bytes.Span);
        if (decoded is null)
        {
            return ReadResult.Fail("not-text", $"{file.Path}: cannot be read as text: {problem}.");
        }

        var rows = new List<LayoutRow>();
        var lineNumber = 0;
        var pendingBreak = false;
        foreach (var line in SplitLines(decoded.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var cells = line.Split('\t');
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                pendingBreak = rows.Count > 0;
                continue;
            }

            var origin = CellOrigin.AtLine(lineNumber);
            rows.Add(new LayoutRow(cells.Select((text, column) => new LayoutCell(text, column, origin)).ToArray())
            {
                FollowsBreak = pendingBreak,
            });
            pendingBreak = false;
        }

        var warnings = decoded.Warnings.Select(w => w with { Message = $"{file.Path}: {w.Message}." }).ToArray();
        return ReadResult.Success(new LayoutDocument(rows) { Encoding = decoded.Encoding, Warnings = warnings });
    }

    private static string Mebibytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MiB";

    /// <summary>Splits on any line ending: CRLF, LF or a lone CR.</summary>
    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return text[start..i];
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
