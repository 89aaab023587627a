using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Reads a tab-separated text dump (text extracted from a PDF's tables): one row per line, one cell per tab.
/// Blank lines are where the dump put page breaks; the next row is marked as following a break.
/// </summary>
public sealed class TextDumpReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Text;

    public bool CanRead(InputFile file) => true;

    public ReadResult Read(InputFile file, CancellationToken cancellationToken)
    {
        if (file.Bytes.IsEmpty)
        {
            return ReadResult.Fail("empty-file", $"{file.Path}: the file is empty.");
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

        return ReadResult.Success(new LayoutDocument(rows) { Encoding = decoded.Encoding });
    }

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
