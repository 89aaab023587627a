using System.Collections.Frozen;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Template;

/// <summary>
/// Printed words that name one thing (a field, a row, a block), matched against a label's key: exactly, or as
/// the start of a longer label (<c>执行率(全年执行数/全年预算数)</c> is 执行率, <c>预算执行情况(10分)</c> is 预算执行情况).
/// </summary>
public sealed class WordList
{
    private readonly FrozenSet<string> _keys;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _longestFirst;
    private readonly int _longest;

    /// <summary>The first characters of the words: a label that starts with none of them is none of them.</summary>
    private readonly System.Buffers.SearchValues<char> _starts;

    /// <summary>The last characters of the words: a word is found in a key only where one of them stands.</summary>
    private readonly System.Buffers.SearchValues<char> _ends;

    /// <summary>Each word's place in <see cref="_longestFirst"/>, to prefer the earlier of two words of one length.</summary>
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rank;

    /// <summary>The lengths the words have, longest first.</summary>
    private readonly int[] _lengths;

    public WordList(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words.Distinct(StringComparer.Ordinal).ToArray();
        _longestFirst = Words.Select(LabelKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(k => k.Length).ToArray();
        _keys = _longestFirst.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _longestFirst.Length > 0 ? _longestFirst[0].Length : 0;
        _starts = System.Buffers.SearchValues.Create(string.Concat(_longestFirst.Select(k => k[0]).Distinct()));
        _ends = System.Buffers.SearchValues.Create(string.Concat(_longestFirst.Select(k => k[^1]).Distinct()));
        _rank = _longestFirst.Select((k, i) => KeyValuePair.Create(k, i)).ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = _longestFirst.Select(k => k.Length).Distinct().ToArray();
    }

    public static WordList Empty { get; } = new([]);

    /// <summary>The words as the description lists them; the first names the thing in messages.</summary>
    public IReadOnlyList<string> Words { get; }

    public string? First => Words.Count > 0 ? Words[0] : null;

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The words as keys (<see cref="LabelKey"/>).</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>Whether the key is one of the words.</summary>
    public bool IsExactly(string key) => _keys.Contains(key);

    /// <summary>The length of the longest word the key is or starts with; 0 when none.</summary>
    public int MatchLength(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || !_starts.Contains(key[0]))
        {
            return 0;
        }

        for (var length = Math.Min(key.Length, _longest); length > 0; length--)
        {
            if (_lookup.Contains(key.AsSpan(0, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether the key is the start of a longer word and not a word itself: a label cut mid-word (项目主管单 of 项目主管单位).</summary>
    public bool IsCutWord(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || _keys.Contains(key) || !_starts.Contains(key[0]))
        {
            return false;
        }

        foreach (var word in _longestFirst)
        {
            if (word.Length > key.Length && word.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest word the key contains anywhere (a title inside a longer line); null when none.</summary>
    /// <remarks>
    /// Looked up where the key holds a word's last character, one lookup per word length, rather than searched
    /// for word by word: titles are looked for in every cell of every form.
    /// </remarks>
    public string? FoundIn(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var span = key.AsSpan();
        var (best, bestRank) = ((string?)null, int.MaxValue);
        for (var end = span.IndexOfAny(_ends); end >= 0;)
        {
            foreach (var length in _lengths)
            {
                if (length > end + 1 || length < (best?.Length ?? 0))
                {
                    continue;
                }

                if (_rank.TryGetValue(span.Slice(end + 1 - length, length), out var rank)
                    && (length > (best?.Length ?? 0) || rank < bestRank))
                {
                    (best, bestRank) = (_longestFirst[rank], rank);
                }
            }

            var next = span[(end + 1)..].IndexOfAny(_ends);
            end = next < 0 ? -1 : end + 1 + next;
        }

        return best;
    }
}
