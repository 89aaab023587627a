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
    /// <summary>The reading the relations support, or null where none fits or two fit alike.</summary>
    public static FigureReading? Read(IReadOnlyList<string> texts, IReadOnlyList<FundingColumn> columns, FigureReading? total, IReadOnlyCollection<string> noValueMarks, bool isTotal = true)
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

        var chosen = Best(readings, r => Support(r, columns, total, sameDecimals: true));
        // A breakdown row is read apart from the others, so no sum settles it: where only the likeness of its
        // amounts' decimals tells two readings apart (1991.31|766.57 or 1991.3|1766.57), it is not read.
        return chosen is not null && total is not null && Best(readings, r => Support(r, columns, total, sameDecimals: false)) is null ? null : chosen;
    }

    /// <summary>The reading of the most support, or null where readings of different figures share it.</summary>
    private static FigureReading? Best(IReadOnlyList<FigureReading> readings, Func<FigureReading, int> support)
    {
        var scored = readings.Select(r => (Reading: r, Support: support(r))).ToArray();
        var best = scored.Max(s => s.Support);
        var top = scored.Where(s => s.Support == best).Select(s => s.Reading).ToArray();
        var first = top[0];
        return top.All(r => r.Texts.SequenceEqual(first.Texts, StringComparer.Ordinal)) ? first : null;
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
