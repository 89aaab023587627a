using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A table drawn with borders (w3m's box drawing, <c>+---+</c> and <c>|</c>), read by its borders alone: the columns
/// are where its bars and crossings stand (<see cref="GridColumns"/>), the rows are the bands of lines between
/// two rules, and a cell is the box its borders enclose. A rule left open over a column (spaces, or a merged cell's
/// text, where a stroke would be) lets the box above run on into the band below: such a merged cell's lines are
/// joined across every band it covers, wherever in its box its text was set. Rows are handed over as every ruled
/// table's are (<see cref="SpannedTable"/>).
/// </summary>
internal sealed class DrawnGrid
{
    private readonly IReadOnlyList<GridLine> _lines;
    private readonly GridColumns _columns;

    public DrawnGrid(IReadOnlyList<GridLine> lines)
    {
        _lines = lines;
        _columns = GridColumns.Of(lines);
    }

    /// <summary>Whether the lines hold a drawn grid: two rules or more and bars on every line that is not one.</summary>
    public static bool IsGrid(IReadOnlyList<GridLine> lines) =>
        lines.Count(l => l.IsRule) >= 2 && lines.Any(l => !l.IsRule) && lines.All(l => l.IsRule || l.HasBars);

    public IReadOnlyList<LayoutRow> Rows()
    {
        var count = _columns.Count;
        var segments = _lines.Select(Segments).ToArray();
        var boxes = new DisjointSets(_lines.Count * count);
        var open = new bool[_lines.Count, count];
        for (var i = 0; i < _lines.Count; i++)
        {
            for (var c = 0; c < count; c++)
            {
                open[i, c] = true;
            }

            foreach (var segment in segments[i])
            {
                for (var c = segment.From; c < segment.To; c++)
                {
                    open[i, c] = !segment.Closed;
                    if (c > segment.From && !segment.Closed)
                    {
                        boxes.Union((i * count) + c - 1, (i * count) + c);
                    }
                }
            }

            for (var c = 0; c < count && i > 0; c++)
            {
                if (open[i, c] && open[i - 1, c])
                {
                    boxes.Union(((i - 1) * count) + c, (i * count) + c);
                }
            }
        }

        var bandOf = new int[_lines.Count];
        var bands = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            bands += !_lines[i].IsRule && (i == 0 || _lines[i - 1].IsRule) ? 1 : 0;
            bandOf[i] = _lines[i].IsRule ? -1 : bands - 1;
        }

        var cells = new Dictionary<int, Box>();
        for (var i = 0; i < _lines.Count; i++)
        {
            for (var c = 0; c < count; c++)
            {
                if (open[i, c])
                {
                    var root = boxes.Find((i * count) + c);
                    if (!cells.TryGetValue(root, out var box))
                    {
                        cells[root] = box = new Box();
                    }

                    box.Cover(c, bandOf[i]);
                }
            }

            foreach (var segment in segments[i].Where(s => !s.Closed))
            {
                var box = cells[boxes.Find((i * count) + segment.From)];
                box.Take(segment, _lines[i].Line.Number, bandOf[i] < 0);
            }
        }

        var spanned = cells.Values
            .Where(b => b.FirstBand >= 0)
            .Select(b => new SpannedCell(b.Text, b.FirstBand, b.FirstColumn, b.LastBand - b.FirstBand + 1, b.LastColumn - b.FirstColumn + 1, b.Origin))
            .ToArray();
        return SpannedTable.ToLayoutRows(bands, spanned);
    }

    /// <summary>The line cut at its marks: each piece between two marks covers the columns between their boundaries.</summary>
    private List<Segment> Segments(GridLine line)
    {
        var text = line.Line.Text;
        var edges = new List<(int Index, int Boundary)> { (-1, 0) };
        edges.AddRange(_columns.Edges(line));
        edges.Add((text.Length, _columns.Count));
        var segments = new List<Segment>(edges.Count);
        for (var e = 1; e < edges.Count; e++)
        {
            var (from, to) = (edges[e - 1], edges[e]);
            if (to.Boundary <= from.Boundary)
            {
                continue;
            }

            var piece = text[(from.Index + 1)..to.Index];
            var trimmed = piece.Trim();
            segments.Add(new Segment(from.Boundary, to.Boundary, line.IsRule && IsStroked(piece), trimmed, piece.Length - piece.TrimEnd().Length <= 1));
        }

        return segments;
    }

    /// <summary>Whether a rule's piece is drawn (strokes) rather than left open (spaces, or a merged cell's text).</summary>
    private static bool IsStroked(string piece)
    {
        var (strokes, others) = (0, 0);
        foreach (var c in piece)
        {
            strokes += GridLine.IsHorizontal(c) || GridLine.IsCrossing(c) ? 1 : 0;
            others += AlignedLine.IsSpace(c) || GridLine.IsHorizontal(c) || GridLine.IsCrossing(c) ? 0 : 1;
        }

        return strokes > 0 && strokes >= others;
    }

    /// <summary>A piece of a line between two marks; <see cref="Filled"/> when its text runs up to the mark on its right (it may go on below).</summary>
    private readonly record struct Segment(int From, int To, bool Closed, string Text, bool Filled);

    /// <summary>One box of the grid as its lines are read: the columns and bands it covers, and its text.</summary>
    private sealed class Box
    {
        private bool _paragraph;
        private bool _splitFigure;
        private CellOrigin _firstLine;
        private CellOrigin? _firstText;

        public int FirstColumn { get; private set; } = int.MaxValue;

        public int LastColumn { get; private set; } = -1;

        public int FirstBand { get; private set; } = -1;

        public int LastBand { get; private set; } = -1;

        public string Text { get; private set; } = string.Empty;

        /// <summary>The line its text starts on, or for an empty box its first line.</summary>
        public CellOrigin Origin => _firstText ?? _firstLine;

        public void Cover(int column, int band)
        {
            FirstColumn = Math.Min(FirstColumn, column);
            LastColumn = Math.Max(LastColumn, column);
            if (band >= 0)
            {
                FirstBand = FirstBand < 0 ? band : Math.Min(FirstBand, band);
                LastBand = Math.Max(LastBand, band);
            }
        }

        /// <summary>
        /// A line of the box: wrapped lines join as one text; an empty line between two texts of the box (not a
        /// rule it runs through) parts paragraphs, as a browser prints a cell's paragraphs.
        /// </summary>
        public void Take(Segment segment, int line, bool onRule)
        {
            _firstLine = _firstLine == CellOrigin.None ? CellOrigin.AtLine(line) : _firstLine;
            var text = segment.Text;
            if (text.Length == 0)
            {
                _paragraph |= !onRule && Text.Length > 0;
                return;
            }

            Text = _paragraph ? Text + "\n" + text
                : _splitFigure && IsFigurePart(text[0]) ? Text + text
                : TextNormalizer.JoinFragments(Text, text);
            _paragraph = false;
            // A figure cut where its line filled the box (执行率100. / 00%) is one figure, without the space words get.
            _splitFigure = segment.Filled && text[^1] is (>= '0' and <= '9') or '.' or ',';
            _firstText = _firstText is { } first
                ? first with { Evidence = CellEvidence.With(first.Evidence, CellPlacement.Joined) }
                : CellOrigin.AtLine(line);
        }

        private static bool IsFigurePart(char c) => c is (>= '0' and <= '9') or '%' or '.';
    }
}
