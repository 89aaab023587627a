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

    public static ColumnGrid Of(IReadOnlyList<AlignedLine> lines)
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
            if (count < agreeing)
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
