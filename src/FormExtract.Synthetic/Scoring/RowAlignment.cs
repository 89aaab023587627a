namespace FormExtract.Synthetic.Scoring;

/// <summary>
/// Pairs expected rows with extracted rows by their keys in order: the heaviest common subsequence, where equal
/// keys weigh most and keys a few characters apart (a name with a character or two misread) less. Without the
/// near keys, a page whose names were mostly misread kept few pairs, and an invented row (a header read as an
/// indicator) shifted every row after it onto its neighbour's truth.
/// </summary>
internal static class RowAlignment
{
    private const int Equal = 3;
    private const int Near = 2;

    /// <summary>Keys at most this share of the longer one's characters apart are the same row's, misread.</summary>
    private const double NearShare = 0.34;

    /// <summary>For each expected row, the index of its extracted row, or null. Unpaired rows left over pair by position.</summary>
    public static int?[] Align(IReadOnlyList<string?> expected, IReadOnlyList<string?> actual)
    {
        var n = expected.Count;
        var m = actual.Count;
        var weights = new int[n, m];
        var totals = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                weights[i, j] = Weight(expected[i], actual[j]);
                totals[i, j] = Math.Max(
                    weights[i, j] > 0 ? totals[i + 1, j + 1] + weights[i, j] : 0,
                    Math.Max(totals[i + 1, j], totals[i, j + 1]));
            }
        }

        var pairs = new int?[n];
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (weights[i, j] > 0 && totals[i, j] == totals[i + 1, j + 1] + weights[i, j])
            {
                pairs[i++] = j++;
            }
            else if (totals[i + 1, j] >= totals[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        // A row whose name was misread still pairs with the unclaimed row between its neighbours' partners.
        var claimed = pairs.Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        for (var i = 0; i < n; i++)
        {
            if (pairs[i] is null)
            {
                var low = i > 0 && pairs[i - 1] is { } before ? before + 1 : 0;
                var high = i + 1 < n && pairs[i + 1] is { } after ? after : m;
                for (var j = low; j < high; j++)
                {
                    if (claimed.Add(j))
                    {
                        pairs[i] = j;
                        break;
                    }
                }
            }
        }

        return pairs;
    }

    private static int Weight(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return 0;
        }

        if (expected == actual)
        {
            return Equal;
        }

        var longer = Math.Max(expected.Length, actual.Length);
        return Math.Abs(expected.Length - actual.Length) <= longer * NearShare
            && Core.Template.NearLabels.Distance(expected, actual) <= longer * NearShare ? Near : 0;
    }
}
