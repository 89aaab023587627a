using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Rows of cells separated by <c>|</c> as web pages and documents are turned into text: each <c>|</c> closes a
/// cell, so a run of pipes is a run of empty cells (merged cells, or a short row padded to the table's width).
/// A row may be broken over lines: a line that ends with a single pipe and leaves the row short of the table's
/// width goes on in the next line when it holds one cell (a table dumped cell by cell) or when the next line
/// starts with a pipe, and where the two together do not outgrow the table; a line of pipes alone ends it. Where the table draws rule lines
/// (<c>+----+</c>, <c>├──┼</c>), the lines between two rules are one row whose cells wrapped, joined column by
/// column. Lines without pipes are rows of their own ("label：value" fields split into label and value).
/// </summary>
internal sealed class PipeRows(LabelledLine labelledLine)
{
    /// <summary>The characters that part cells in such dumps: ASCII, box drawing, and the full-width bar of Chinese text.</summary>
    internal static readonly char[] Separators = ['|', '│', '┃', '｜'];

    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        if (IsCellPerLine(lines))
        {
            return CellPerLineRows(lines, cancellationToken);
        }

        var pipeLines = lines.Where(l => l.Text.IndexOfAny(Separators) >= 0 && !IsRule(l.Text)).ToArray();
        var leadingBorder = pipeLines.Length > 0 && pipeLines.Count(l => StartsWithSeparator(l.Text)) * 2 >= pipeLines.Length
            && pipeLines.Any(l => !IsOnlySeparators(l.Text));
        var ruled = lines.Any(l => IsRule(l.Text));
        var closings = CellByCellClosings(lines, leadingBorder);
        // Cell by cell, only the closing pipes end a row (a full row is still closed by one pipe).
        var width = closings?.Max(c => c.Width) + 1 ?? pipeLines.Select(l => Cells(l.Text, leadingBorder).Count).DefaultIfEmpty(0).Max();
        var padded = pipeLines.Any(l => EndsWithRun(l.Text) && !IsOnlySeparators(l.Text));
        var rowPipes = padded && closings is null ? PipesPerRow(lines) : null;
        var pendingPipes = 0;
        var rows = new List<LayoutRow>();
        var pending = new List<(string Text, int Line)>();
        var band = new List<List<(string Text, int Line)>>();
        var pendingBreak = false;

        void Flush()
        {
            if (band.Count > 0)
            {
                pending = JoinBand(band);
                band.Clear();
            }

            if (pending.Count > 1 || pending.Any(c => !string.IsNullOrWhiteSpace(c.Text)))
            {
                // A row of empty cells stays: a table's empty rows tell that a merged label above spans them.
                rows.Add(Row(pending, pendingBreak));
                pendingBreak = false;
            }

            pending = [];
            pendingPipes = 0;
        }

        for (var at = 0; at < lines.Count; at++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[at];
            var text = line.Text;
            if (IsRule(text))
            {
                Flush();
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                Flush();
                pendingBreak = rows.Count > 0;
                continue;
            }

            if (text.IndexOfAny(Separators) < 0)
            {
                Flush();
                rows.Add(Row(labelledLine.Split(text.Trim()).Select(c => (c, line.Number)).ToList(), pendingBreak));
                pendingBreak = false;
                continue;
            }

            var cells = Cells(text, leadingBorder).Select(c => (c, line.Number)).ToList();
            if (ruled)
            {
                // Between two rule lines every line is a slice of the same row.
                band.Add(cells);
                continue;
            }

            // In a table dumped cell by cell a lone pipe is an empty cell where a run of pipes closes the row after it,
            // or where the row's cells and a closing pipe would still fall short of the table; a run always closes the row.
            if (closings is not null && IsOnlySeparators(text) && cells.Count == 1 && pending.Count > 0
                && ((at + 1 < lines.Count && IsOnlySeparators(lines[at + 1].Text) && Cells(lines[at + 1].Text, leadingBorder).Count >= 2)
                    || pending.Count + 1 < WidthAt(closings, at)))
            {
                pending.AddRange(cells);
                continue;
            }

            if (IsOnlySeparators(text))
            {
                pending.AddRange(cells);
                Flush();
                continue;
            }

            pending.AddRange(cells);
            pendingPipes += PipeCount(text);
            // A line that ends with one pipe is short of its row: where the dump pads every row to the same number of
            // pipes, until its lines have that many; else where it holds one cell (a table dumped cell by cell), or
            // where the next line carries on from its last pipe without taking the row past the table's width.
            var next = at + 1 < lines.Count && lines[at + 1].Text.IndexOfAny(Separators) >= 0 ? Cells(lines[at + 1].Text, leadingBorder).Count : 0;
            var carriedOn = rowPipes is not null
                ? pendingPipes < rowPipes[at]
                : cells.Count == 1 || (at + 1 < lines.Count && StartsWithSeparator(lines[at + 1].Text) && !leadingBorder && pending.Count + next <= width);
            if (EndsWithRun(text) || pending.Count >= width || !carriedOn)
            {
                Flush();
            }
        }

        Flush();
        return rows;
    }

    /// <summary>
    /// A table dumped one cell per line with the pipes on lines of their own: no text line holds a pipe, and the
    /// pipe lines are at least as many as the cells they close.
    /// </summary>
    private static bool IsCellPerLine(IReadOnlyList<TextLine> lines)
    {
        var (pipes, texts) = (0, 0);
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (line.Text.IndexOfAny(Separators) < 0)
            {
                texts++;
            }
            else if (IsOnlySeparators(line.Text))
            {
                pipes++;
            }
            else
            {
                return false;
            }
        }

        return texts >= 2 && pipes >= texts;
    }

    /// <summary>
    /// Rows of a table dumped one cell per line with pipes on lines of their own: one pipe closes a cell, two or more
    /// close the row too, each pipe past the second an empty cell. Two texts with no pipe between are rows of their
    /// own, and so is a line that starts with # (a comment of the text it was copied into).
    /// </summary>
    private static List<LayoutRow> CellPerLineRows(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        var rows = new List<LayoutRow>();
        var pending = new List<(string Text, int Line)>();
        var run = 0;
        void Flush()
        {
            if (pending.Count > 0)
            {
                rows.Add(Row(pending, followsBreak: false));
            }

            pending = [];
        }

        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsOnlySeparators(line.Text))
            {
                run += PipeCount(line.Text);
                continue;
            }

            var text = line.Text.Trim();
            if (run >= 2 || run == 0 || text.StartsWith('#'))
            {
                pending.AddRange(Enumerable.Repeat((string.Empty, pending.Count > 0 ? pending[^1].Line : line.Number), Math.Max(0, run - 2)));
                Flush();
            }

            run = 0;
            pending.Add((text, line.Number));
            if (text.StartsWith('#'))
            {
                Flush();
            }
        }

        pending.AddRange(Enumerable.Repeat((string.Empty, pending.Count > 0 ? pending[^1].Line : 0), Math.Max(0, run - 2)));
        Flush();
        return rows;
    }

    /// <summary>
    /// The rows of a table dumped cell by cell (most lines one cell) that a run of pipes closes, each with its table's
    /// width: a row is closed by as many pipes as it is short of the table, so its cells and its closing pipes add up
    /// to the width. Rows with a lone pipe before a text are left out, as that pipe may have closed a row already.
    /// Null for other dumps, or where no row is closed by a run of pipes.
    /// </summary>
    private static List<(int At, int Width)>? CellByCellClosings(IReadOnlyList<TextLine> lines, bool leadingBorder)
    {
        int withText = 0, single = 0, cells = 0;
        var unsure = false;
        var closings = new List<(int At, int Width)>();
        for (var at = 0; at < lines.Count; at++)
        {
            var text = lines[at].Text;
            if (text.IndexOfAny(Separators) < 0 || IsRule(text))
            {
                (cells, unsure) = (0, false);
                continue;
            }

            var count = Cells(text, leadingBorder).Count;
            if (!IsOnlySeparators(text))
            {
                withText++;
                single += count == 1 ? 1 : 0;
                cells += count;
            }
            else if (count >= 2)
            {
                if (!unsure)
                {
                    closings.Add((at, cells + count));
                }

                (cells, unsure) = (0, false);
            }
            else
            {
                cells++;
                unsure |= at + 1 < lines.Count && !IsOnlySeparators(lines[at + 1].Text);
            }
        }

        return withText == 0 || single * 5 < withText * 4 || closings.Count == 0 ? null : closings;
    }

    /// <summary>
    /// The table's width at a line: that of the last row surely closed before it (a table opens with its title's
    /// rows, closed by runs of pipes), as a file may hold tables of several widths; the first one at its start.
    /// </summary>
    private static int WidthAt(List<(int At, int Width)> closings, int at)
    {
        var width = closings[0].Width;
        foreach (var closing in closings)
        {
            if (closing.At >= at)
            {
                break;
            }

            width = closing.Width;
        }

        return width;
    }

    /// <summary>
    /// The pipes a whole row has, at each line of a padded dump: rows are padded to the table's width, so a row's
    /// pipes, over the lines it is broken into, add up to the same number; most lines are whole rows, and the most
    /// usual count among the nearest lines is the row's (a file may hold tables of several widths).
    /// </summary>
    private static int[] PipesPerRow(IReadOnlyList<TextLine> lines)
    {
        const int Neighbours = 7;
        var counts = new List<(int At, int Pipes)>();
        for (var at = 0; at < lines.Count; at++)
        {
            if (lines[at].Text.IndexOfAny(Separators) >= 0 && !IsRule(lines[at].Text) && !IsOnlySeparators(lines[at].Text))
            {
                counts.Add((at, PipeCount(lines[at].Text)));
            }
        }

        var perRow = new int[lines.Count];
        var first = 0;
        for (var at = 0; at < lines.Count && counts.Count > 0; at++)
        {
            // The window of counts around the line slides with it.
            while (first + (2 * Neighbours) + 1 < counts.Count && counts[first + Neighbours].At < at)
            {
                first++;
            }

            var window = counts.Skip(first).Take((2 * Neighbours) + 1);
            perRow[at] = window.GroupBy(c => c.Pipes).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        }

        return perRow;
    }

    private static int PipeCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += Array.IndexOf(Separators, c) >= 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The cells of a line: each separator closes one; text after the last separator is a last cell.</summary>
    private static List<string> Cells(string text, bool leadingBorder)
    {
        var parts = text.Split(Separators);
        var start = leadingBorder && string.IsNullOrWhiteSpace(parts[0]) ? 1 : 0;
        var end = string.IsNullOrWhiteSpace(parts[^1]) ? parts.Length - 1 : parts.Length;
        var cells = new List<string>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            cells.Add(parts[i].Trim());
        }

        return cells;
    }

    /// <summary>The slices of a ruled row joined column by column (a cell's wrapped lines, top to bottom).</summary>
    private static List<(string Text, int Line)> JoinBand(List<List<(string Text, int Line)>> band)
    {
        var width = band.Max(l => l.Count);
        var joined = new List<(string Text, int Line)>(width);
        for (var column = 0; column < width; column++)
        {
            var parts = band.Where(l => column < l.Count && l[column].Text.Length > 0).Select(l => l[column]).ToArray();
            joined.Add(parts.Length == 0
                ? (string.Empty, band[0][0].Line)
                : (parts.Skip(1).Aggregate(parts[0].Text, (a, p) => Normalization.TextNormalizer.JoinFragments(a, p.Text)), parts[0].Line));
        }

        return joined;
    }

    private static LayoutRow Row(List<(string Text, int Line)> cells, bool followsBreak) =>
        new(cells.Select((c, column) => new LayoutCell(c.Text, column, CellOrigin.AtLine(c.Line))).ToArray()) { FollowsBreak = followsBreak };

    private static bool StartsWithSeparator(string text) => text.TrimStart() is { Length: > 0 } t && Array.IndexOf(Separators, t[0]) >= 0;

    private static bool IsOnlySeparators(string text) => text.Trim().All(c => Array.IndexOf(Separators, c) >= 0 || c == ' ');

    /// <summary>A line that ends in two or more separators ends its row: they pad the row to the table's width.</summary>
    private static bool EndsWithRun(string text)
    {
        var trimmed = text.TrimEnd();
        var run = 0;
        for (var i = trimmed.Length - 1; i >= 0 && (Array.IndexOf(Separators, trimmed[i]) >= 0 || trimmed[i] == ' '); i--)
        {
            run += trimmed[i] == ' ' ? 0 : 1;
        }

        return run >= 2;
    }

    /// <summary>A rule line of a drawn table: dashes or box-drawing strokes, with crossings, and nothing else.</summary>
    public static bool IsRule(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 3
            && trimmed.Count(c => c is '-' or '─' or '━' or '=' or '═') * 2 >= trimmed.Length
            && trimmed.All(c => c is '-' or '─' or '━' or '=' or '═' or '+' or '|' or '│' or '┃' or '｜' or ':' or ' '
                or '┼' or '┬' or '┴' or '├' or '┤' or '┌' or '┐' or '└' or '┘' or '╋' or '┣' or '┫' or '┳' or '┻' or '┏' or '┓' or '┗' or '┛');
    }
}
