namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// The column boundaries of a drawn grid: the screen columns where its rules' crossings and its lines' bars stand.
/// A rule's crossings count more than a bar (rules hold no wide characters to put them out), and a bar alone on
/// one line is no boundary. Bars one column apart are one boundary: a tool that counts an ambiguous-width
/// character (≥, —) as two columns where it is counted as one here puts the rest of that line one column off.
/// </summary>
internal sealed class GridColumns
{
    /// <summary>How far a line's bar may stand from its boundary once the line's own drift is allowed for.</summary>
    private const int Tolerance = 2;

    private readonly int[] _boundaries;

    private GridColumns(int[] boundaries) => _boundaries = boundaries;

    /// <summary>How many columns lie between the boundaries.</summary>
    public int Count => _boundaries.Length - 1;

    public static GridColumns Of(IReadOnlyList<GridLine> lines)
    {
        var weights = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            foreach (var mark in line.Marks)
            {
                weights[mark.Position] = weights.GetValueOrDefault(mark.Position) + (line.IsRule ? 3 : 1);
            }
        }

        var accepted = new List<int>();
        foreach (var (position, _) in weights.Where(w => w.Value >= 2).OrderByDescending(w => w.Value).ThenBy(w => w.Key))
        {
            if (!accepted.Exists(a => Math.Abs(a - position) <= 1))
            {
                accepted.Add(position);
            }
        }

        accepted.Sort();
        var grid = new GridColumns([.. accepted]);

        // Text outside the outer bars (a grid drawn without its left or right border) gets a column of its own.
        var (left, right) = (false, false);
        foreach (var line in lines.Where(l => !l.IsRule))
        {
            var edges = grid.Edges(line);
            var text = line.Line.Text;
            left |= edges.Count > 0 && edges[0].Boundary == 0 && HasText(text, 0, edges[0].Index);
            right |= edges.Count > 0 && edges[^1].Boundary == grid.Count && HasText(text, edges[^1].Index + 1, text.Length);
        }

        if (left || right || accepted.Count < 2)
        {
            var widened = new List<int>(accepted);
            if (left || accepted.Count < 2)
            {
                widened.Insert(0, int.MinValue / 2);
            }

            if (right || widened.Count < 2)
            {
                widened.Add(int.MaxValue / 2);
            }

            grid = new GridColumns([.. widened]);
        }

        return grid;
    }

    /// <summary>
    /// The line's marks that stand on a boundary, each with that boundary's index, left to right; a mark that stands
    /// on none is text. The line's drift so far (its bars' distance from their boundaries) carries to the next bar.
    /// </summary>
    public IReadOnlyList<(int Index, int Boundary)> Edges(GridLine line)
    {
        var edges = new List<(int Index, int Boundary)>(line.Marks.Count);
        var drift = 0;
        var next = 0;
        foreach (var mark in line.Marks)
        {
            var target = mark.Position - drift;
            var best = -1;
            for (var k = next; k < _boundaries.Length; k++)
            {
                if (best < 0 || Math.Abs(_boundaries[k] - target) < Math.Abs(_boundaries[best] - target))
                {
                    best = k;
                }

                if (_boundaries[k] > target)
                {
                    break;
                }
            }

            if (best >= 0 && Math.Abs(_boundaries[best] - target) <= Tolerance)
            {
                edges.Add((mark.Index, best));
                drift = mark.Position - _boundaries[best];
                next = best + 1;
            }
        }

        return edges;
    }

    private static bool HasText(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!AlignedLine.IsSpace(text[i]) && !GridLine.IsHorizontal(text[i]) && !GridLine.IsCrossing(text[i]) && !AlignedLine.IsVertical(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
