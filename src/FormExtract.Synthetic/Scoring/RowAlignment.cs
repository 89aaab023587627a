namespace FormExtract.Synthetic.Scoring;

/// <summary>Pairs expected rows with extracted rows by their keys in order (a longest common subsequence).</summary>
internal static class RowAlignment
{
    /// <summary>For each expected row, the index of its extracted row, or null. Unpaired rows left over pair by position.</summary>
    public static int?[] Align(IReadOnlyList<string?> expected, IReadOnlyList<string?> actual)
    {
        var n = expected.Count;
        var m = actual.Count;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = expected[i] is not null && expected[i] == actual[j]
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new int?[n];
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (expected[i] is not null && expected[i] == actual[j])
            {
                pairs[i++] = j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
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
}
