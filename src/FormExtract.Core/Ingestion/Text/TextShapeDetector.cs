namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Tells how a text file lays out its table, from the text alone: the separator most lines use (tab, pipe,
/// comma with a steady field count), columns kept apart by runs of spaces, else no rows at all (a stream of cells).
/// </summary>
public static class TextShapeDetector
{
    /// <summary>Share of the non-blank lines that must carry a separator for it to be the table's.</summary>
    private const double SeparatorShare = 0.2;

    private static readonly char[] Pipes = PipeRows.Separators;

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

        if (Enough(Count(t => t.IndexOfAny(Pipes) >= 0)))
        {
            return IsDrawnGrid(content) ? TextShape.Aligned : IsCellPerLine(content) ? TextShape.Stream : TextShape.Pipes;
        }

        // A preview's text runs a table's cells together on a few long lines, whose commas are prose's, not a sheet's.
        if (IsFused(content) && !HasAlignedColumns(content))
        {
            return TextShape.Stream;
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

    /// <summary>Lines that run many cells together: at least half of the text lies on lines this long.</summary>
    internal const int FusedLine = 200;

    /// <summary>
    /// A long line with no separator and hardly a gap: a page of cells run together, not a row flattened with gaps.
    /// A run of spaces is one gap (a preview pads a few places with runs of spaces, and its text between them runs long).
    /// </summary>
    private static bool IsFusedLine(string text) =>
        text.Length >= FusedLine && !text.Contains('\t', StringComparison.Ordinal) && text.IndexOfAny(Pipes) < 0 && SpaceRuns(text) * CharactersPerGap < text.Length;

    /// <summary>A fused line has fewer than one gap in this many characters.</summary>
    private const int CharactersPerGap = 40;

    /// <summary>The line without its indent (a Chinese paragraph's two ideographic spaces, or ASCII spaces).</summary>
    private static ReadOnlySpan<char> Unindented(string text) => text.AsSpan().TrimStart([' ', '\u3000']);

    private static int SpaceRuns(string text)
    {
        // Spaces before the text are an indent, not a gap between texts.
        var trimmed = Unindented(text);
        var runs = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            runs += trimmed[i] is ' ' or '\u3000' && (i == 0 || trimmed[i - 1] is not (' ' or '\u3000')) ? 1 : 0;
        }

        return runs;
    }

    /// <summary>Most of the text on a few long lines without a separator: cells run together, no rows kept.</summary>
    internal static bool IsFused(IReadOnlyList<TextLine> content)
    {
        var total = 0;
        var fused = 0;
        foreach (var line in content)
        {
            if (line.IsBlank)
            {
                continue;
            }

            // Counted without an indent, which is no text.
            var length = Unindented(line.Text).Length;
            total += length;
            fused += IsFusedLine(line.Text) ? length : 0;
        }

        return fused * 2 >= total;
    }

    /// <summary>
    /// A table dumped one cell per line, each cell closed by a single pipe (<c>指标名称 |</c>), whose rows are not
    /// all closed by a run of pipes or a line of its own: no line holds two cells, so no row is left to read, and
    /// the cells are read as a stream, as one cell per line without pipes is.
    /// </summary>
    private static bool IsCellPerLine(TextLine[] content)
    {
        var cells = 0;
        foreach (var line in content)
        {
            var text = line.Text.Trim();
            var first = text.IndexOfAny(Pipes);
            if (first < 0)
            {
                continue;
            }

            // Two pipes on a line (a run, or pipes parting cells) are rows or row ends: a pipe table.
            if (text.IndexOfAny(Pipes, first + 1) >= 0 || (first < text.Length - 1))
            {
                return false;
            }

            cells += first > 0 ? 1 : 0;
        }

        return cells >= 2;
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
