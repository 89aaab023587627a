using System.Text;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// NUL characters in decoded text: padding left by a crashed writer, or stray bytes inside a cell, where
/// they would keep a label from matching. They are removed and the lines that held them named.
/// </summary>
internal static class NulBytes
{
    private const int LinesNamed = 5;

    public static (string Text, ExtractionWarning? Warning) Remove(string text)
    {
        var first = text.IndexOf('\0', StringComparison.Ordinal);
        if (first < 0)
        {
            return (text, null);
        }

        var kept = new StringBuilder(text.Length);
        var lines = new List<int>();
        var line = 1;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                count++;
                if (lines.Count == 0 || lines[^1] != line)
                {
                    lines.Add(line);
                }

                continue;
            }

            // Lines are counted as the text reader splits them: CRLF, LF or a lone CR.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }

            kept.Append(c);
        }

        var named = string.Join(", ", lines.Take(LinesNamed));
        var more = lines.Count > LinesNamed ? $" and {lines.Count - LinesNamed} more" : string.Empty;
        var warning = new ExtractionWarning(
            TextDecoder.NulCode,
            $"{count} NUL bytes were removed, on line{(lines.Count > 1 ? "s" : string.Empty)} {named}{more}",
            Line: lines[0]);
        return (kept.ToString(), warning);
    }
}
