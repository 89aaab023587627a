using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Rows of cells separated by <c>|</c> as web pages and documents are turned into text: each <c>|</c> closes a
/// cell, so a run of pipes is a run of empty cells (merged cells, or a short row padded to the table's width).
/// A row may be broken over lines: a line that ends with a single pipe and leaves the row short of the table's
/// width goes on in the next line when it holds one cell (a table dumped cell by cell) or when the next line
/// starts with a pipe; a line of pipes alone ends it. Where the table draws rule lines
/// (<c>+----+</c>, <c>├──┼</c>), the lines between two rules are one row whose cells wrapped, joined column by
/// column. Lines without pipes are rows of their own ("label：value" fields split into label and value).
/// </summary>
internal sealed class PipeRows(LabelledLine labelledLine)
{
    private static readonly char[] Separators = ['|', '│', '┃'];

    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        var pipeLines = lines.Where(l => l.Text.IndexOfAny(Separators) >= 0 && !IsRule(l.Text)).ToArray();
        var leadingBorder = pipeLines.Length > 0 && pipeLines.Count(l => StartsWithSeparator(l.Text)) * 2 >= pipeLines.Length
            && pipeLines.Any(l => !IsOnlySeparators(l.Text));
        var ruled = lines.Any(l => IsRule(l.Text));
        var width = pipeLines.Select(l => Cells(l.Text, leadingBorder).Count).DefaultIfEmpty(0).Max();
        var padded = pipeLines.Any(l => EndsWithRun(l.Text) && !IsOnlySeparators(l.Text));
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

            if (IsOnlySeparators(text))
            {
                pending.AddRange(cells);
                Flush();
                continue;
            }

            pending.AddRange(cells);
            // A line of several cells that ends with one pipe is short of its row only where the dump pads rows with
            // runs of pipes, or where the next line carries on from its last pipe; else the pipe just closes the row.
            var carriedOn = cells.Count == 1 || padded || (at + 1 < lines.Count && StartsWithSeparator(lines[at + 1].Text) && !leadingBorder);
            if (EndsWithRun(text) || pending.Count >= width || !carriedOn)
            {
                Flush();
            }
        }

        Flush();
        return rows;
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
            && trimmed.All(c => c is '-' or '─' or '━' or '=' or '═' or '+' or '|' or '│' or '┃' or ':' or ' '
                or '┼' or '┬' or '┴' or '├' or '┤' or '┌' or '┐' or '└' or '┘' or '╋' or '┣' or '┫' or '┳' or '┻' or '┏' or '┓' or '┗' or '┛');
    }
}
