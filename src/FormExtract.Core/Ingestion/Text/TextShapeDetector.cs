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
            return TextShape.Pipes;
        }

        if (LooksLikeCsv(text))
        {
            return TextShape.Csv;
        }

        if (Enough(Count(t => Gaps(t) >= 2)))
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
