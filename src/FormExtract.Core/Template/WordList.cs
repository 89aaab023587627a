using System.Collections.Frozen;

namespace FormExtract.Core.Template;

/// <summary>
/// Printed words that name one thing (a field, a row, a block), matched against a label's key: exactly, or as
/// the start of a longer label (<c>执行率(全年执行数/全年预算数)</c> is 执行率, <c>预算执行情况(10分)</c> is 预算执行情况).
/// </summary>
public sealed class WordList
{
    private readonly FrozenSet<string> _keys;
    private readonly string[] _longestFirst;

    public WordList(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words.Distinct(StringComparer.Ordinal).ToArray();
        _longestFirst = Words.Select(LabelKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(k => k.Length).ToArray();
        _keys = _longestFirst.ToFrozenSet(StringComparer.Ordinal);
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
        if (_keys.Contains(key))
        {
            return key.Length;
        }

        foreach (var word in _longestFirst)
        {
            if (word.Length < key.Length && key.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the key contains one of the words anywhere (a title inside a longer line).</summary>
    public string? FoundIn(string key)
    {
        foreach (var word in _longestFirst)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }
}
