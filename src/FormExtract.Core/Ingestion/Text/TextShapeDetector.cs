namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Tells how a text file lays out its table, from the text alone: the separator most lines use (tab, pipe,
/// comma with a steady field count), columns kept apart by runs of spaces, else no rows at all (a stream of cells).
/// </summary>
public static class TextShapeDetector
{
    /// <summary>Share of the non-blank lines that must carry a separator for it to be the table's.</summary>
    private const double SeparatorShare = 0.2;

    public static TextShape Detect(IReadOnlyList<TextLine> lines, string text)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(text);
        var content = lines.Where(l => !l.IsBlank).ToArray();
        if (content.Length == 0)
        {
            return TextShape.Tabs;
        }

        int Count(Func<string, bool> test) => content.Count(l => test(l.Text));
        bool Enough(int count) => count > 0 && count >= content.Length * SeparatorShare;

        if (Enough(Count(t => t.Contains('\t', StringComparison.Ordinal))))
        {
            return TextShape.Tabs;
        }

        if (Enough(Count(t => t.IndexOfAny(['|', '│', '┃']) >= 0)))
        {
            return IsDrawnGrid(content) ? TextShape.Aligned : TextShape.Pipes;
        }

        // Prose with commas in a few lines is not a sheet: a sheet's rows put commas on most lines.
        if (Enough(Count(t => t.Contains(',', StringComparison.Ordinal))) && LooksLikeCsv(text))
        {
            return TextShape.Csv;
        }

        if (Enough(Count(t => Gaps(t) >= 2)) && HasAlignedColumns(content))
        {
            return TextShape.Aligned;
        }

        return TextShape.Stream;
    }

    /// <summary>
    /// Tab-separated values as a spreadsheet saves them: quoted fields that hold line breaks (a heading broken by hand
    /// in its cell), and the same number of fields in most records once those are joined. Such text is read as CSV
    /// with tabs; a dump of tables whose lines are rows is not.
    /// </summary>
    public static bool IsQuotedTsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvRows.Records(text, '\t').Take(400).Where(r => r.Count > 1).ToArray();
        if (records.Length < 5 || !records.Any(r => r.Any(f => f.Text.Contains('\n', StringComparison.Ordinal))))
        {
            return false;
        }

        var mode = records.GroupBy(r => r.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        return mode.Key >= 3 && mode.Count() >= records.Length * 0.8;
    }

    /// <summary>
    /// A table drawn as a grid (w3m's box drawing, ASCII <c>+---+</c>): rule lines between its rows, at least a
    /// tenth of the lines and two or more. Rows of pipes without rules (a web page's table turned into text) are not.
    /// </summary>
    private static bool IsDrawnGrid(TextLine[] content)
    {
        var rules = content.Count(l => AlignedLine.Parse(l, displayWidth: true).IsRule);
        return rules >= 2 && rules * 10 >= content.Length;
    }

    /// <summary>
    /// Texts that start at the same screen column on consecutive lines, two or more a line, on three pairs of
    /// lines (one in twenty: a browser prints a wrapped row on several lines): a table laid out in columns, not
    /// prose or a row flattened onto a line with spaces in it.
    /// </summary>
    private static bool HasAlignedColumns(TextLine[] content)
    {
        var aligned = 0;
        foreach (var displayWidth in (bool[])[true, false])
        {
            var count = 0;
            AlignedLine? above = null;
            foreach (var line in content)
            {
                var parsed = AlignedLine.Parse(line, displayWidth);
                count += above is not null && SharedStarts(above, parsed) >= 2 ? 1 : 0;
                above = parsed;
            }

            aligned = Math.Max(aligned, count);
        }

        return aligned >= 3 && aligned * 20 >= content.Length;
    }

    private static int SharedStarts(AlignedLine above, AlignedLine line)
    {
        var shared = 0;
        var a = 0;
        foreach (var piece in line.Pieces.Skip(1))
        {
            while (a < above.Pieces.Count && above.Pieces[a].Start < piece.Start)
            {
                a++;
            }

            shared += a < above.Pieces.Count && above.Pieces[a].Start == piece.Start ? 1 : 0;
        }

        return shared;
    }

    /// <summary>Comma-separated: most records have the same number of fields, at least three.</summary>
    private static bool LooksLikeCsv(string text)
    {
        var counts = CsvRows.Records(text, ',').Take(200).Select(r => r.Count).Where(c => c > 1).ToArray();
        if (counts.Length < 5)
        {
            return false;
        }

        // Prose has commas too, a different number on every line; a sheet has the same on most.
        var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        return mode.Key >= 3 && mode.Count() >= counts.Length * 0.6;
    }

    /// <summary>Runs of two or more spaces between two texts on the line: where aligned columns part.</summary>
    private static int Gaps(string line)
    {
        var trimmed = line.Trim();
        var gaps = 0;
        for (var i = 1; i < trimmed.Length; i++)
        {
            if (trimmed[i] is ' ' or '\u3000' && trimmed[i - 1] is ' ' or '\u3000' && (i < 2 || trimmed[i - 2] is not (' ' or '\u3000')))
            {
                gaps++;
            }
        }

        return gaps;
    }
}
