namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// The columns of one table region: where texts start, counted down the region's lines. A screen column is a
/// column's start when texts start there (after white space or a border) on two or more lines; starts one
/// column apart are one (layout-mode PDF text drifts by one). A region of one or two lines has no lines to
/// agree, so there only a gap of two or more spaces parts columns.
/// </summary>
internal sealed class ColumnGrid
{
    /// <summary>Screen columns from which a text is a paragraph that may run across gutters.</summary>
    private const int ParagraphWidth = 20;

    private readonly int[] _starts;
    private readonly int[] _rightEdges;

    private ColumnGrid(int[] starts, int[] rightEdges)
    {
        _starts = starts;
        _rightEdges = rightEdges;
    }

    public int Count => _starts.Length;

    /// <summary>The columns of a region's lines.</summary>
    /// <param name="lines">The region's lines.</param>
    /// <param name="isWord">Whether a text is one of the layouts' words; given where screen columns are counted in
    /// display width, in which a text's extent is its width on the page and centred texts are placed under their
    /// headings (<see cref="DropCoveredStarts"/>). Counted in characters, a CJK text's extent is not its width.</param>
    public static ColumnGrid Of(IReadOnlyList<AlignedLine> lines, Func<string, bool>? isWord)
    {
        var counts = new Dictionary<int, int>();
        var content = 0;
        foreach (var line in lines)
        {
            content += line.Pieces.Count > 0 ? 1 : 0;
            for (var p = 0; p < line.Pieces.Count; p++)
            {
                var start = line.Pieces[p].Start;
                counts[start] = counts.GetValueOrDefault(start) + 1;
            }
        }

        var agreeing = content >= 3 ? 2 : int.MaxValue;
        var starts = new List<int>();
        foreach (var (start, count) in counts.OrderBy(c => c.Key))
        {
            // Centred in display width, a heading and the figure under it may start one column apart.
            var agreed = isWord is null ? count : count + counts.GetValueOrDefault(start - 1) + counts.GetValueOrDefault(start + 1);
            if (agreed < agreeing)
            {
                continue;
            }

            if (starts.Count > 0 && start - starts[^1] <= 1)
            {
                continue;
            }

            starts.Add(start);
        }

        if (agreeing != int.MaxValue)
        {
            AddGutterStarts(lines, starts);
            if (isWord is not null)
            {
                DropCoveredStarts(lines, starts, isWord);
            }
        }

        if (agreeing == int.MaxValue)
        {
            // Few lines: each gap of two spaces or more parts columns.
            foreach (var line in lines)
            {
                for (var p = 0; p < line.Pieces.Count; p++)
                {
                    if (p == 0 || line.Pieces[p].Start - line.Pieces[p - 1].End >= 2)
                    {
                        starts.Add(line.Pieces[p].Start);
                    }
                }
            }

            starts = starts.Distinct().Order().ToList();
        }

        if (starts.Count == 0 || starts[0] > 0)
        {
            starts.Insert(0, 0);
        }

        var grid = new ColumnGrid([.. starts], new int[starts.Count]);
        foreach (var line in lines)
        {
            foreach (var piece in line.Pieces)
            {
                var column = grid.ColumnOf(piece.Start);
                if (grid.ColumnOf(piece.End - 1) == column)
                {
                    grid._rightEdges[column] = Math.Max(grid._rightEdges[column], piece.End);
                }
            }
        }

        return grid;
    }

    /// <summary>
    /// Starts of texts set in the middle of their boxes, which seldom start where another line's text does: a text
    /// after a gap of two or more whose two screen columns before it no short text of any line covers (a gutter that
    /// only paragraphs run across) starts a column too.
    /// </summary>
    private static void AddGutterStarts(IReadOnlyList<AlignedLine> lines, List<int> starts)
    {
        var covered = new HashSet<int>();
        foreach (var line in lines)
        {
            foreach (var piece in line.Pieces.Where(p => p.End - p.Start < ParagraphWidth))
            {
                for (var x = piece.Start; x < piece.End; x++)
                {
                    covered.Add(x);
                }
            }
        }

        var added = new List<int>();
        foreach (var line in lines)
        {
            for (var p = 1; p < line.Pieces.Count; p++)
            {
                var start = line.Pieces[p].Start;
                if (start - line.Pieces[p - 1].End >= 2 && !covered.Contains(start - 1) && !covered.Contains(start - 2)
                    && !starts.Exists(s => Math.Abs(s - start) <= 1) && !added.Exists(s => Math.Abs(s - start) <= 1))
                {
                    added.Add(start);
                }
            }
        }

        starts.AddRange(added);
        starts.Sort();
    }

    /// <summary>
    /// Starts of texts that stand within the nearest text above them, a short one (a heading, a figure) of another
    /// column a few lines up: a text centred in its box starts a few columns into it, under its heading, so the box's
    /// column is the heading's, not one of its own. A column starts only where a gutter lies before it on those
    /// lines. Both texts must be set apart by two spaces or more (texts parted by single spaces drift), a heading
    /// (one of the layouts' words) keeps its own start, and starts are judged left to right, a covering text
    /// counting only where its own start was kept.
    /// </summary>
    private static void DropCoveredStarts(IReadOnlyList<AlignedLine> lines, List<int> starts, Func<string, bool> isWord)
    {
        // A heading stands a few lines above its column's first text (a tall cell beside it is centred on its row).
        const int Above = 4;
        var kept = new List<int>(starts.Count);
        foreach (var start in starts)
        {
            if (!Covered(start))
            {
                kept.Add(start);
            }
        }

        starts.Clear();
        starts.AddRange(kept);

        bool Covered(int start)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var own = lines[i].Pieces;
                var at = Enumerable.Range(0, own.Count).FirstOrDefault(p => Math.Abs(own[p].Start - start) <= 1 && StandsApart(own, p) && !isWord(own[p].Text), -1);
                if (at >= 0 && CoveredAt(start, i, own[at]))
                {
                    return true;
                }
            }

            return false;
        }

        // Decided by the nearest text above that overlaps this one: its heading, or the figure of the row above.
        bool CoveredAt(int start, int i, AlignedPiece own)
        {
            for (var j = i - 1; j >= Math.Max(0, i - Above); j--)
            {
                var pieces = lines[j].Pieces;
                for (var p = 0; p < pieces.Count; p++)
                {
                    if (pieces[p].End > own.Start && pieces[p].Start < own.End)
                    {
                        return pieces[p].Start < start - 1 && pieces[p].End > start && own.End <= pieces[p].End + 1
                            && !InParagraph(j, pieces[p]) && StandsApart(pieces, p) && kept.Exists(k => Math.Abs(k - pieces[p].Start) <= 1);
                    }
                }
            }

            return false;
        }

        // A wide text, or the short last line of one wrapped above it, runs across gutters; a heading under a
        // paragraph starts a row of its own.
        bool InParagraph(int line, AlignedPiece piece) =>
            piece.End - piece.Start >= ParagraphWidth
            || (line > 0 && !isWord(piece.Text) && lines[line - 1].Pieces.Any(p => Math.Abs(p.Start - piece.Start) <= 1 && p.End - p.Start >= ParagraphWidth));

        // A text set in its own box has white space of two columns or more either side; texts parted by single
        // spaces (layout-mode PDF text) drift and say nothing of where boxes are.
        static bool StandsApart(IReadOnlyList<AlignedPiece> pieces, int p) =>
            (p == 0 || pieces[p].Start - pieces[p - 1].End >= 2) && (p + 1 == pieces.Count || pieces[p + 1].Start - pieces[p].End >= 2);
    }

    /// <summary>The column a screen position falls in.</summary>
    public int ColumnOf(int position)
    {
        var at = Array.BinarySearch(_starts, position);
        return at >= 0 ? at : Math.Max(0, ~at - 1);
    }

    public int StartOf(int column) => _starts[column];

    /// <summary>The screen column after the last of a column: the next column's start, or for the last, past everything.</summary>
    public int EndOf(int column) => column + 1 < _starts.Length ? _starts[column + 1] : int.MaxValue;

    /// <summary>How far right texts wholly inside the column reach: a wrapped text's lines but the last reach it.</summary>
    public int RightEdgeOf(int column) => _rightEdges[column];
}
