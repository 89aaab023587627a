using FormExtract.Core.Normalization;

namespace FormExtract.Core.Template;

/// <summary>
/// Labels told through OCR noise: a text is taken for a label when, with white space and the stray marks OCR
/// leaves (<c>|</c>, <c>_</c>, quotes) removed, it lies within a small edit distance of that label and of no
/// other as near. The distance allowed grows with the label's length (none for three characters or fewer, where
/// one edit is a third of the word), so that a short word is never taken for another.
/// </summary>
public sealed class NearLabels
{
    private static readonly System.Buffers.SearchValues<char> Noise = System.Buffers.SearchValues.Create("|_“”‘’'\"^`~¦");

    private readonly string[] _keys;

    /// <param name="keys">The labels as keys (<see cref="LabelKey"/>).</param>
    public NearLabels(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The labels, as keys.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>How many edits a label of this length may be read with: 0 up to 3 characters, 1 up to 6, else 2.</summary>
    public static int Allowed(int length) => length <= 3 ? 0 : length <= 6 ? 1 : 2;

    /// <summary>The key without the marks OCR leaves between characters.</summary>
    public static string Denoise(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.AsSpan().IndexOfAny(Noise) < 0 ? key : string.Concat(key.Where(c => !Noise.Contains(c)));
    }

    /// <summary>
    /// The label the key (<see cref="LabelKey"/>) stands for: itself when it is one, else the one label within the
    /// distance its length allows, none when two labels are as near.
    /// </summary>
    public string? Match(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var clean = Denoise(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var label in _keys)
        {
            var allowed = Allowed(label.Length);
            if (Math.Abs(label.Length - clean.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(clean, label);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (label, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return best is not null && !tie && bestDistance <= Allowed(best.Length) ? best : null;
    }

    /// <summary>The edit distance (Levenshtein) between two texts.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> previous = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
