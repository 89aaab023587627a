namespace FormExtract.Core.Ingestion.Text;

/// <summary>One line of a text file with its 1-based number, without the spaces that trail it.</summary>
public readonly record struct TextLine(int Number, string Text)
{
    /// <summary>Spaces that may trail a line: ASCII, ideographic (full-width) and no-break.</summary>
    private static readonly char[] TrailingSpaces = [' ', '\u3000', '\u00A0'];

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// Splits on any line ending: CRLF, LF or a lone CR. Spaces at a line's end are dropped: they part no cells (a
    /// copy from a viewer or an editor leaves them on some lines and not others), and counted as a gap they would
    /// make a row of text look like aligned columns. Tabs stay, as they close empty cells.
    /// </summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add(new TextLine(lines.Count + 1, text[start..i].TrimEnd(TrailingSpaces)));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new TextLine(lines.Count + 1, text[start..].TrimEnd(TrailingSpaces)));
        }

        return lines;
    }
}
