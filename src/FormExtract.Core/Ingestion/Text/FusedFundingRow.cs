using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Reads a funding row whose figures were printed without gaps, by arithmetic: of the readings the columns'
/// shapes allow (<see cref="FusedFigures"/>), the one the row's own relations support most is kept: the rate is
/// the execution over the budget (and nothing is spent of a budget of 0), the score the weight times the rate (no
/// more than the weight), the amounts are printed with the same decimals, and a row of the breakdown holds no more
/// than the total in each column (often all of it). Where two readings of different
/// figures are supported alike, none is taken.
/// </summary>
internal static class FusedFundingRow
{
    /// <summary>
    /// The reading the relations support, or null where none fits or two fit alike. Of two readings of the same figures
    /// in different columns, the one whose rate is of the layout's <paramref name="rateBase"/> places them.
    /// </summary>
    public static FigureReading? Read(IReadOnlyList<string> texts, IReadOnlyList<FundingColumn> columns, FigureReading? total, IReadOnlyCollection<string> noValueMarks, bool isTotal = true,
        FundingColumn rateBase = FundingColumn.AdjustedBudget)
    {
        ArgumentNullException.ThrowIfNull(columns);
        // The breakdown rows print amounts and their rate only: weight and score are the total's.
        var shapes = columns.Select(c => c switch
        {
            FundingColumn.InitialBudget or FundingColumn.AdjustedBudget or FundingColumn.Executed => FigureShape.Money,
            FundingColumn.ExecutionRate => FigureShape.Rate,
            FundingColumn.Weight when isTotal => FigureShape.Weight,
            FundingColumn.Score when isTotal => FigureShape.Score,
            FundingColumn.Weight or FundingColumn.Score => (FigureShape?)null,
            _ => null,
        }).ToArray();
        var readings = FusedFigures.Readings(texts, shapes, noValueMarks);
        if (readings.Count == 0)
        {
            return null;
        }

        // A text printed apart that is itself an amount (1153.71) is not cut within its decimals (1153.7 and 1): its
        // gaps show where the row's figures part, and the rate would fit the cut amount as well as the whole.
        if (readings.Where(r => !CutsApartDecimals(texts, r)).ToArray() is { Length: > 0 } whole)
        {
            readings = whole;
        }

        var chosen = Best(readings, r => Support(r, columns, total, sameDecimals: true), r => RateOf(r, columns, rateBase));
        // A breakdown row is read apart from the others, so no sum settles it: where only the likeness of its
        // amounts' decimals tells two readings apart (1991.31|766.57 or 1991.3|1766.57), it is not read.
        return chosen is not null && total is not null && Best(readings, r => Support(r, columns, total, sameDecimals: false)) is null ? null : chosen;
    }

    /// <summary>Whether the reading cuts a text that is one amount as printed (digits, a point and one or two decimals) after its point.</summary>
    private static bool CutsApartDecimals(IReadOnlyList<string> texts, FigureReading reading)
    {
        var (text, at) = (0, 0);
        foreach (var piece in reading.Texts)
        {
            while (text < texts.Count && at == texts[text].Length)
            {
                (text, at) = (text + 1, 0);
            }

            if (text == texts.Count)
            {
                return false;
            }

            var printed = texts[text];
            at += piece.Length;
            var point = printed.IndexOf('.', StringComparison.Ordinal);
            if (at < printed.Length && point >= 0 && at > point && !printed.EndsWith('%') && FusedFigures.Value(printed) is not null && FusedFigures.Decimals(printed) is 1 or 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>More combinations of breakdown readings than this are not searched for the sums.</summary>
    private const int MaxCombinations = 200_000;

    private static readonly FundingColumn[] Amounts = [FundingColumn.InitialBudget, FundingColumn.AdjustedBudget, FundingColumn.Executed];

    /// <summary>
    /// The breakdown rows' readings chosen together, so that in each money column they add up to the total (a
    /// column the rows all leave blank aside, and none printing a figure where the total prints none): a row whose
    /// figures two readings fit alike may have only one that the sums allow. A row takes a reading only where
    /// every choice that meets the sums gives it the same figures; null where no choice meets them.
    /// </summary>
    /// <param name="rows">Each breakdown row's printed texts, in order.</param>
    /// <param name="whole">For each row, whether each text is one figure (printed apart): only fused texts are cut.</param>
    /// <param name="columns">The block's columns, in order.</param>
    /// <param name="total">The total row's reading.</param>
    /// <param name="noValueMarks">Marks printed for no value (—), which may fill any column.</param>
    public static FigureReading?[]? Jointly(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> whole, IReadOnlyList<FundingColumn> columns, FigureReading total, IReadOnlyCollection<string> noValueMarks)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(total);
        var money = Amounts.Select(a => columns.ToList().IndexOf(a)).Where(at => at >= 0).ToArray();
        var totals = money.Select(total.In).ToArray();
        if (money.Length == 0 || totals.All(t => t is null))
        {
            return null;
        }

        FigureShape?[] shapes = [.. columns.Select(c => c switch
        {
            FundingColumn.InitialBudget or FundingColumn.AdjustedBudget or FundingColumn.Executed => FigureShape.Money,
            FundingColumn.ExecutionRate => FigureShape.Rate,
            _ => (FigureShape?)null,
        })];

        // Each row's readings by the amounts they give (the rest does not enter the sums); none above the total, and
        // none where the total prints nothing.
        var options = rows.Select((texts, r) => FusedFigures.Readings(texts, shapes, noValueMarks)
            .Where(reading => !whole[r] || reading.Texts.Count == texts.Count)
            .Where(reading => money.Select((m, k) => (reading.In(m), totals[k])).All(p => p.Item1 is not { } part || (p.Item2 is { } t ? part <= t : part == 0)))
            .GroupBy(reading => string.Join('\u0001', money.Select(m => reading.In(m)?.ToString(System.Globalization.CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .Select(g => g.ToArray()).ToArray()).ToArray();
        if (options.Any(o => o.Length == 0))
        {
            return null;
        }

        // Every money column adds up; else all but one (a form that misadds, or misprints one figure, breaks one
        // column's sum): a row is read only where every column left out gives it the same amounts.
        var fits = Fits(options, money, totals, ignored: -1);
        if (fits is null)
        {
            var apart = Enumerable.Range(0, money.Length).Where(k => totals[k] is not null && totals.Count(t => t is not null) > 1)
                .Select(k => Fits(options, money, totals, k)).OfType<HashSet<int>[]>().ToArray();
            fits = apart.Length == 0 ? null : [.. Enumerable.Range(0, rows.Count).Select(r => apart.SelectMany(f => f[r]).ToHashSet())];
        }

        if (fits is null)
        {
            return null;
        }

        // Readings of one row that give the same amounts differ where its rate or a mark stands: the row's own relations choose.
        return fits.Select((set, r) => set.Count == 1 ? Best(options[r][set.Single()], reading => Support(reading, columns, total, sameDecimals: true)) : null).ToArray();
    }

    /// <summary>For each row, its options that some choice adding up in every money column but the ignored one gives it; null where none does.</summary>
    private static HashSet<int>[]? Fits(FigureReading[][][] options, int[] money, decimal?[] totals, int ignored)
    {
        var rows = options.Length;
        var sums = new decimal[money.Length];
        var filled = new int[money.Length];
        var picked = new int[rows];
        var fits = options.Select(_ => new HashSet<int>()).ToArray();
        var steps = 0;
        var found = false;

        void Walk(int row)
        {
            if (++steps > MaxCombinations)
            {
                return;
            }

            if (row == rows)
            {
                if (Enumerable.Range(0, money.Length).All(k => k == ignored || totals[k] is not { } t || filled[k] == 0 || sums[k] == t))
                {
                    found = true;
                    for (var r = 0; r < rows; r++)
                    {
                        fits[r].Add(picked[r]);
                    }
                }

                return;
            }

            for (var o = 0; o < options[row].Length; o++)
            {
                var reading = options[row][o][0];
                var over = false;
                for (var k = 0; k < money.Length; k++)
                {
                    if (reading.In(money[k]) is { } part)
                    {
                        sums[k] += part;
                        filled[k]++;
                        over |= k != ignored && totals[k] is { } t && sums[k] > t;
                    }
                }

                picked[row] = o;
                if (!over)
                {
                    Walk(row + 1);
                }

                for (var k = 0; k < money.Length; k++)
                {
                    if (reading.In(money[k]) is { } part)
                    {
                        sums[k] -= part;
                        filled[k]--;
                    }
                }
            }
        }

        Walk(0);
        return found && steps <= MaxCombinations ? fits : null;
    }

    /// <summary>
    /// The reading of the most support, or null where readings of different figures share it; of readings of the same
    /// figures in different columns, a preferred one.
    /// </summary>
    private static FigureReading? Best(IReadOnlyList<FigureReading> readings, Func<FigureReading, int> support, Func<FigureReading, bool>? preferred = null)
    {
        var scored = readings.Select(r => (Reading: r, Support: support(r))).ToArray();
        var best = scored.Max(s => s.Support);
        var top = scored.Where(s => s.Support == best).Select(s => s.Reading).ToArray();
        var first = top[0];
        return top.All(r => r.Texts.SequenceEqual(first.Texts, StringComparer.Ordinal)) ? top.FirstOrDefault(r => preferred?.Invoke(r) ?? false) ?? first : null;
    }

    /// <summary>Whether the reading's rate is its execution over the budget given (a blank 年初预算数 or 全年预算数 is told so).</summary>
    private static bool RateOf(FigureReading reading, IReadOnlyList<FundingColumn> columns, FundingColumn budget)
    {
        var at = columns.ToList();
        var rateAt = at.IndexOf(FundingColumn.ExecutionRate);
        return reading.In(at.IndexOf(FundingColumn.Executed)) is { } done && reading.In(at.IndexOf(budget)) is > 0 and var b && reading.In(rateAt) is { } rate
            && Math.Abs((done / b * 100) - rate) <= Half(reading.Texts[reading.Columns.ToList().IndexOf(rateAt)]) + 0.0001m;
    }

    private static int Support(FigureReading reading, IReadOnlyList<FundingColumn> columns, FigureReading? total, bool sameDecimals)
    {
        decimal? In(FigureReading r, FundingColumn column) => columns.ToList().IndexOf(column) is var at && at >= 0 ? r.In(at) : null;
        string? TextIn(FundingColumn column) =>
            columns.ToList().IndexOf(column) is var at && at >= 0 && reading.Columns.ToList().IndexOf(at) is var i && i >= 0 ? reading.Texts[i] : null;

        var support = 0;
        var executed = In(reading, FundingColumn.Executed);
        var rate = In(reading, FundingColumn.ExecutionRate);
        if (executed is { } done && rate is { } printed && TextIn(FundingColumn.ExecutionRate) is { } rateText)
        {
            var tolerance = Half(rateText) + 0.0001m;
            var bases = new[] { In(reading, FundingColumn.AdjustedBudget), In(reading, FundingColumn.InitialBudget) };
            support += bases.Any(b => b is > 0 && Math.Abs((done / b.Value * 100) - printed) <= tolerance) ? 2 : 0;
        }

        if (In(reading, FundingColumn.Weight) is { } weight && In(reading, FundingColumn.Score) is { } score && rate is { } r2
            && TextIn(FundingColumn.Score) is { } scoreText)
        {
            var expected = Math.Min(weight, weight * r2 / 100);
            support += Math.Abs(score - expected) <= Math.Max(weight / 100, Half(scoreText)) ? 1 : 0;
        }

        // Money spent against a budget of nothing: a zero cut from the end of the amount before it.
        var budget = In(reading, FundingColumn.AdjustedBudget) ?? In(reading, FundingColumn.InitialBudget);
        support -= budget == 0 && executed > 0 ? 2 : 0;

        // Amounts of one row are printed alike: the same number of decimals.
        var amounts = reading.Columns.Select((c, i) => (c, i)).Where(p => columns[p.c] is FundingColumn.InitialBudget or FundingColumn.AdjustedBudget or FundingColumn.Executed
            && FusedFigures.Value(reading.Texts[p.i]) is not null).Select(p => FusedFigures.Decimals(reading.Texts[p.i])).Distinct().Count();
        support += sameDecimals && amounts == 1 ? 1 : 0;

        if (total is not null)
        {
            foreach (var column in new[] { FundingColumn.InitialBudget, FundingColumn.AdjustedBudget, FundingColumn.Executed })
            {
                if (In(reading, column) is { } part && In(total, column) is { } whole)
                {
                    support += part == whole ? 1 : part <= whole ? 0 : -2;
                }
                else if (In(reading, column) is { } alone && alone > 0 && In(total, column) is null)
                {
                    // A breakdown figure where the total printed none.
                    support -= 1;
                }
            }
        }

        return support;
    }

    /// <summary>Half a unit in the last printed place of a figure: how far its rounding may have moved it.</summary>
    private static decimal Half(string text) => 0.5m / (decimal)Math.Pow(10, FusedFigures.Decimals(text));
}
