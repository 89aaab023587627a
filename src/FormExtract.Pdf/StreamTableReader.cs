using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// Reads a table printed without rules from the alignment of its words: each line is cut into runs at wide
/// gaps; the x-ranges that no run of a multi-run line covers separate the columns; each line becomes a row.
/// A line set closer to the one above than a row pitch is a wrapped continuation of that row. Lines before
/// the first multi-run line (title, year) stay outside the table.
/// </summary>
internal sealed class StreamTableReader : ITableReader
{
    private readonly PdfReaderOptions _options;
    private readonly CellTextAssembler _text;

    public StreamTableReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _text = new CellTextAssembler(options);
    }

    public IReadOnlyList<PageTable> Read(PageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = _text.GroupLines(page.Glyphs);
        var runs = lines.Select(Runs).ToArray();
        var first = Array.FindIndex(runs, r => r.Count >= 2);
        var last = Array.FindLastIndex(runs, r => r.Count >= 2);
        if (first < 0)
        {
            return [];
        }

        var edges = ColumnEdges(runs.Skip(first).Take(last - first + 1).Where(r => r.Count >= 2));
        if (edges.Count < 3)
        {
            return [];
        }

        var rows = new List<List<(int Column, List<Glyph> Glyphs)>>();
        var rowTops = new List<double>();
        var rowBottoms = new List<double>();
        double? previousBaseline = null;
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            var wrapped = previousBaseline is { } pb && line.Baseline - pb < 1.5 * line.FontSize && rows.Count > 0;
            if (!wrapped)
            {
                rows.Add([]);
                rowTops.Add(line.Box.Y0);
                rowBottoms.Add(line.Box.Y1);
            }

            rowBottoms[^1] = line.Box.Y1;
            foreach (var run in runs[i])
            {
                var column = Math.Clamp(RuleGrid.IntervalOf(edges, (run[0].Left + run[^1].Right) / 2), 0, edges.Count - 2);
                var cell = rows[^1].FindIndex(c => c.Column == column);
                if (cell < 0)
                {
                    rows[^1].Add((column, [.. run]));
                }
                else
                {
                    rows[^1][cell].Glyphs.AddRange(run);
                }
            }

            previousBaseline = line.Baseline;
        }

        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < edges.Count - 1; c++)
            {
                var found = rows[r].FirstOrDefault(x => x.Column == c);
                var text = found.Glyphs is null ? string.Empty : _text.Assemble(found.Glyphs);
                cells.Add(new TableCell(r, c, text, new Box(edges[c], rowTops[r], edges[c + 1], rowBottoms[r])));
            }
        }

        var bounds = new Box(edges[0], rowTops[0], edges[^1], rowBottoms[^1]);
        return [new PageTable(page.Number, bounds, edges, rows.Count, cells)];
    }

    /// <summary>The line cut at gaps wider than the column gap.</summary>
    private List<List<Glyph>> Runs(TextLine line)
    {
        var runs = new List<List<Glyph>> { new() { line.Glyphs[0] } };
        for (var i = 1; i < line.Glyphs.Count; i++)
        {
            var (previous, glyph) = (line.Glyphs[i - 1], line.Glyphs[i]);
            if (glyph.Left - previous.Right > _options.ColumnGap * Math.Max(previous.FontSize, glyph.FontSize))
            {
                runs.Add([]);
            }

            runs[^1].Add(glyph);
        }

        return runs;
    }

    /// <summary>Column edges: the outer ends and the middle of every stretch of x that no run covers.</summary>
    private static List<double> ColumnEdges(IEnumerable<List<List<Glyph>>> lines)
    {
        var spans = lines.SelectMany(l => l).Select(r => (Start: r[0].Left, End: r[^1].Right)).OrderBy(s => s.Start).ToList();
        var edges = new List<double> { spans[0].Start };
        var reach = spans[0].End;
        foreach (var (start, end) in spans.Skip(1))
        {
            if (start > reach)
            {
                edges.Add((reach + start) / 2);
            }

            reach = Math.Max(reach, end);
        }

        edges.Add(reach);
        return edges;
    }
}
