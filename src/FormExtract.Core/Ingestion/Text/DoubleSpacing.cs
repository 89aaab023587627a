namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Text copied out of a web page or a word processor with a blank line after every line (each table row or cell
/// a paragraph of its own): the blank lines are spacing, not content, and readers that join a row's lines (a row
/// whose cells go on in the next line, a table dumped one cell per line) would find every row cut off from the
/// next. When nearly every line is followed by a blank one, the blank lines that follow lines are dropped, and of a
/// longer run the blank lines the text had are kept (a cell left empty in a dump of one cell per line). Lines keep
/// their numbers in the file.
/// </summary>
public static class DoubleSpacing
{
    /// <summary>Lines with text a file must have before its spacing is judged.</summary>
    private const int MinLines = 8;

    /// <summary>Share of the lines with text that a blank line must follow.</summary>
    private const double Share = 0.9;

    public static IReadOnlyList<TextLine> Undo(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!IsDoubleSpaced(lines))
        {
            return lines;
        }

        // Every line of the copy, blank or not, was followed by a blank line: a run of blank lines after a line with
        // text is its spacing and, for each blank line the text had, that line and its spacing.
        var kept = new List<TextLine>((lines.Count / 2) + 1);
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsBlank)
            {
                kept.Add(lines[i++]);
                continue;
            }

            var start = i;
            while (i < lines.Count && lines[i].IsBlank)
            {
                i++;
            }

            var run = i - start;
            var blanks = start == 0 ? run / 2 : (run - 1) / 2;
            for (var b = 0; b < blanks; b++)
            {
                kept.Add(lines[start + 1 + (2 * b)]);
            }
        }

        return kept;
    }

    private static bool IsDoubleSpaced(IReadOnlyList<TextLine> lines)
    {
        int text = 0, followed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            text++;
            // The last line needs no blank after it.
            followed += i + 1 == lines.Count || lines[i + 1].IsBlank ? 1 : 0;
        }

        return text >= MinLines && followed >= text * Share;
    }
}
