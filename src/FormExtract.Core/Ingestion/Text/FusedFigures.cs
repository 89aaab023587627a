using System.Globalization;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>What a figure in a column may look like.</summary>
internal enum FigureShape
{
    /// <summary>An amount: digits, thousands grouped by commas or not, up to two decimals, no leading zero.</summary>
    Money,

    /// <summary>A percentage: a figure with up to two decimals and <c>%</c>.</summary>
    Rate,

    /// <summary>A weight: a whole number from 1 to 100, or with one decimal.</summary>
    Weight,

    /// <summary>A score: a figure up to 100 with up to two decimals, no more than the row's weight.</summary>
    Score,
}

/// <summary>One way of reading a run of fused figures: each figure's printed text and the column it fills.</summary>
internal sealed record FigureReading(IReadOnlyList<string> Texts, IReadOnlyList<int> Columns)
{
    /// <summary>The figure read in a column, or null where the column is blank or holds a no-value mark.</summary>
    public decimal? In(int column)
    {
        var at = Columns.ToList().IndexOf(column);
        return at >= 0 ? FusedFigures.Value(Texts[at]) : null;
    }
}

/// <summary>
/// Every way a run of figures printed without gaps (<c>2219.141789.63959.61053.62%5.36</c>) can be cut into figures
/// of the columns' shapes, in the columns' order, a column left blank where the row prints nothing there. The
/// texts of a run are kept apart where the run had a gap; a no-value mark (—) may fill any column.
/// </summary>
internal static class FusedFigures
{
    /// <summary>More readings than this say the run cannot be read by shapes.</summary>
    private const int MaxReadings = 4096;

    public static IReadOnlyList<FigureReading> Readings(IReadOnlyList<string> texts, IReadOnlyList<FigureShape?> columns, IReadOnlyCollection<string> noValueMarks, bool scoreWithinWeight = true)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(noValueMarks);
        var marks = noValueMarks.Where(m => m.Length > 0).OrderByDescending(m => m.Length).ToArray();
        var found = new List<FigureReading>();
        var pieces = new List<string>();
        var taken = new List<int>();

        void Walk(int text, int at, int column)
        {
            if (found.Count >= MaxReadings)
            {
                return;
            }

            if (text == texts.Count)
            {
                found.Add(new FigureReading([.. pieces], [.. taken]));
                return;
            }

            var run = texts[text];
            if (at == run.Length)
            {
                Walk(text + 1, 0, column);
                return;
            }

            for (var c = column; c < columns.Count; c++)
            {
                if (columns[c] is not { } shape)
                {
                    continue;
                }

                foreach (var end in Ends(run, at, shape, marks))
                {
                    var piece = run[at..end];
                    if (scoreWithinWeight && shape == FigureShape.Score && Value(piece) is { } score && WeightBefore(pieces, taken, columns) is { } weight && score > weight)
                    {
                        continue;
                    }

                    pieces.Add(piece);
                    taken.Add(c);
                    Walk(text, end, c + 1);
                    pieces.RemoveAt(pieces.Count - 1);
                    taken.RemoveAt(taken.Count - 1);
                }
            }
        }

        Walk(0, 0, 0);
        return found.Count >= MaxReadings ? [] : found;
    }

    /// <summary>The value of a figure as printed (commas and % dropped), or null for a no-value mark.</summary>
    public static decimal? Value(string text)
    {
        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%');
        return plain.Length > 0 && char.IsAsciiDigit(plain[0])
            && decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The number of decimals a figure is printed with.</summary>
    public static int Decimals(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.TrimEnd('%').Length - dot - 1;
    }

    private static decimal? WeightBefore(List<string> pieces, List<int> taken, IReadOnlyList<FigureShape?> columns)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            if (columns[taken[i]] == FigureShape.Weight)
            {
                return Value(pieces[i]);
            }
        }

        return null;
    }

    /// <summary>Where a figure of the shape that starts at the position may end.</summary>
    private static IEnumerable<int> Ends(string run, int at, FigureShape shape, string[] marks)
    {
        foreach (var mark in marks)
        {
            if (string.CompareOrdinal(run, at, mark, 0, mark.Length) == 0)
            {
                yield return at + mark.Length;
                yield break;
            }
        }

        if (!char.IsAsciiDigit(run[at]))
        {
            yield break;
        }

        // The whole part: one zero, or digits without a leading zero, grouped by commas or not.
        var wholeEnds = new List<int>();
        if (run[at] == '0')
        {
            wholeEnds.Add(at + 1);
        }
        else
        {
            var end = at;
            while (end < run.Length && char.IsAsciiDigit(run[end]))
            {
                wholeEnds.Add(++end);
            }

            // 7,432,178: one to three digits, then groups of three after commas.
            var grouped = at;
            while (grouped < run.Length && grouped - at < 3 && char.IsAsciiDigit(run[grouped]))
            {
                grouped++;
            }

            var groups = 0;
            while (grouped + 3 < run.Length && run[grouped] == ',' && run.AsSpan(grouped + 1, 3).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                grouped += 4;
                groups++;
            }

            if (groups > 0)
            {
                wholeEnds = [grouped];
            }
        }

        var maxDecimals = shape == FigureShape.Weight ? 1 : 2;
        foreach (var whole in wholeEnds)
        {
            var ends = new List<int> { whole };
            if (whole < run.Length && run[whole] == '.')
            {
                var digits = 0;
                while (whole + digits + 1 < run.Length && char.IsAsciiDigit(run[whole + digits + 1]))
                {
                    digits++;
                }

                for (var d = 1; d <= Math.Min(maxDecimals, digits); d++)
                {
                    ends.Add(whole + d + 1);
                }

                // A score printed with a float's noise (91.24999999999999) runs to the end of its text.
                if (shape == FigureShape.Score && digits > maxDecimals && whole + digits + 1 == run.Length)
                {
                    ends.Add(run.Length);
                }
            }

            foreach (var end in ends)
            {
                var rate = end < run.Length && run[end] == '%';
                if (shape == FigureShape.Rate)
                {
                    if (rate)
                    {
                        yield return end + 1;
                    }

                    continue;
                }

                if (rate)
                {
                    continue;
                }

                var value = Value(run[at..end]);
                var fits = shape switch
                {
                    FigureShape.Weight => value is >= 1 and <= 100,
                    FigureShape.Score => value <= 100,
                    _ => true,
                };
                if (fits)
                {
                    yield return end;
                }
            }
        }
    }
}
