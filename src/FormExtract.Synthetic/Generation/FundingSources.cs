using FormExtract.Synthetic.Layouts;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The source rows of the layouts that do not print the national three: each column of the sources adds up to
/// the total, exactly. Labels are left to the layout that prints them (the rows are told apart by their place);
/// a source that holds no money is printed as zeros or left blank, as the layout does.
/// </summary>
internal static class FundingSources
{
    /// <summary>How many sources a transfer payment lists (中央补助, 省级, 市县 …); the layout names them.</summary>
    public const int TransferSources = 3;

    public static FundingDraft Split(Random random, FundingParts parts, AmountRow total, decimal initial, decimal adjusted, decimal executed)
    {
        var zero = Figures.Fixed(0m, 2);
        var none = new FundingDraft(string.Empty, total, null, null, null, null, Figures.Percent(0m), null);
        switch (parts)
        {
            case FundingParts.FiscalAndOther:
                return none with
                {
                    Fiscal = new AmountRow(string.Empty, total.Initial, total.Adjusted, Figures.Fixed(executed, 2)),
                    Other = new AmountRow(string.Empty, null, null, null),
                };
            case FundingParts.Sichuan:
                {
                    // Most projects are paid from the budget alone; some draw on the unit's own money too.
                    var shares = new[] { 0m, random.Chance(0.3) ? random.Between(0.05m, 0.4m, 2) : 0m };
                    var rows = Shares(total, initial, adjusted, executed, shares, zero);
                    return none with
                    {
                        Fiscal = rows[0],
                        Extra = [rows[1], rows[2]],
                        Other = new AmountRow(string.Empty, null, null, null),
                    };
                }

            case FundingParts.Transfer:
                {
                    // One or two of the sources carry the money; the others are printed blank.
                    var used = random.Next(TransferSources);
                    var second = random.Chance(0.4) ? (used + 1 + random.Next(TransferSources - 1)) % TransferSources : -1;
                    var shares = new decimal[TransferSources - 1];
                    var order = Enumerable.Range(0, TransferSources).Where(i => i != used).ToArray();
                    for (var i = 0; i < order.Length; i++)
                    {
                        shares[i] = order[i] == second ? random.Between(0.2m, 0.6m, 2) : 0m;
                    }

                    var split = Shares(total, initial, adjusted, executed, shares, null);
                    var sources = new AmountRow[TransferSources];
                    sources[used] = split[0];
                    for (var i = 0; i < order.Length; i++)
                    {
                        sources[order[i]] = split[i + 1];
                    }

                    return none with { Extra = sources, Other = new AmountRow(string.Empty, null, null, null) };
                }

            default:
                return none;
        }
    }

    /// <summary>
    /// The total split into a first row that takes what the others leave and one row per share of it; a row with
    /// no share prints <paramref name="zero"/> in each column (or blanks).
    /// </summary>
    private static AmountRow[] Shares(AmountRow total, decimal initial, decimal adjusted, decimal executed, decimal[] shares, Printed? zero)
    {
        var rows = new AmountRow[shares.Length + 1];
        var (leftInitial, leftAdjusted, leftExecuted) = (initial, adjusted, executed);
        for (var i = 0; i < shares.Length; i++)
        {
            if (shares[i] == 0m)
            {
                rows[i + 1] = new AmountRow(string.Empty, zero, zero, zero);
                continue;
            }

            var partAdjusted = Scoring.Round2(adjusted * shares[i]);
            var partInitial = Scoring.Round2(initial * shares[i]);
            var partExecuted = Math.Min(partAdjusted, Scoring.Round2(executed * shares[i]));
            rows[i + 1] = new AmountRow(string.Empty, Figures.Fixed(partInitial, 2), Figures.Fixed(partAdjusted, 2), Figures.Fixed(partExecuted, 2));
            (leftInitial, leftAdjusted, leftExecuted) = (leftInitial - partInitial, leftAdjusted - partAdjusted, leftExecuted - partExecuted);
        }

        rows[0] = new AmountRow(string.Empty, Figures.Fixed(leftInitial, 2), Figures.Fixed(leftAdjusted, 2), Figures.Fixed(leftExecuted, 2));
        return rows;
    }
}
