using System.Collections.Frozen;

namespace FormExtract.Core.Confidence;

/// <summary>
/// The words of a general Chinese dictionary (Tesseract's Simplified Chinese one: <c>words.txt</c> beside this file,
/// made by scripts/tools/make-word-list.sh), to tell recognised text whose ideographs all stand in words from text
/// with ideographs no word takes. A misread character mostly leaves itself and its neighbours in no word
/// (培训 read as 塔训, 覆盖 as 履盖), while the recogniser can be sure of every character it read. The forms' own
/// vocabulary is not used: what is weighed is whether the text is Chinese words, not whether it is a form's.
/// </summary>
public sealed class ChineseWords
{
    private const string Resource = "FormExtract.Core.Confidence.words.txt";

    private static readonly Lazy<ChineseWords> Loaded = new(() => new ChineseWords(ReadResource()));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    public ChineseWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = words.Where(w => w.Length >= 2).ToFrozenSet(StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = set.Count == 0 ? 0 : set.Max(w => w.Length);
    }

    /// <summary>The dictionary bundled with the library.</summary>
    public static ChineseWords Default => Loaded.Value;

    /// <summary>How the text's ideographs stand in the dictionary's words of two or more (<see cref="WordCoverage"/>).</summary>
    public WordCoverage Cover(ReadOnlySpan<char> text)
    {
        int ideographs = 0, outside = 0, longestOutside = 0;
        for (var start = 0; start < text.Length;)
        {
            if (!IsIdeograph(text[start]))
            {
                start++;
                continue;
            }

            // Words are ideographs only, so each run of ideographs is weighed apart.
            var end = start;
            while (end < text.Length && IsIdeograph(text[end]))
            {
                end++;
            }

            var run = text[start..end];
            ideographs += run.Length;
            var (count, longest) = Outside(run);
            outside += count;
            longestOutside = Math.Max(longestOutside, longest);
            start = end;
        }

        return new WordCoverage(ideographs, outside, longestOutside);
    }

    /// <summary>
    /// Whether the ideograph at <paramref name="index"/> of <paramref name="text"/> stands in a word of the dictionary
    /// made of the ideographs around it (a mark or a figure ends a word); false for anything else than an ideograph.
    /// </summary>
    public bool InWord(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length || !IsIdeograph(text[index]))
        {
            return false;
        }

        var (start, end) = (index, index + 1);
        while (start > 0 && IsIdeograph(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && IsIdeograph(text[end]))
        {
            end++;
        }

        for (var from = Math.Max(start, index - _longest + 1); from <= index; from++)
        {
            for (var length = Math.Max(2, index - from + 1); length <= _longest && from + length <= end; length++)
            {
                if (_lookup.Contains(text.Slice(from, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many ideographs of the run no word of the dictionary covers, and the longest stretch of them side by side.</summary>
    private (int Count, int Longest) Outside(ReadOnlySpan<char> run)
    {
        // Cells are short (a paragraph is some hundred characters): the flags fit on the stack but for a rare long run.
        Span<bool> covered = run.Length <= 256 ? stackalloc bool[run.Length] : new bool[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            for (var length = 2; length <= _longest && i + length <= run.Length; length++)
            {
                if (_lookup.Contains(run.Slice(i, length)))
                {
                    covered.Slice(i, length).Fill(true);
                }
            }
        }

        int count = 0, longest = 0, stretch = 0;
        foreach (var isCovered in covered)
        {
            stretch = isCovered ? 0 : stretch + 1;
            count += isCovered ? 0 : 1;
            longest = Math.Max(longest, stretch);
        }

        return (count, longest);
    }

    /// <summary>Whether the character is a CJK Unified Ideograph, the characters the dictionary's words are made of.</summary>
    internal static bool IsIdeograph(char ch) => ch is >= '\u4e00' and <= '\u9fff';

    private static List<string> ReadResource()
    {
        using var stream = typeof(ChineseWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the word list {Resource} is missing from the library");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}

/// <summary>
/// How a text's ideographs stand in a dictionary's words: how many there are, how many stand in no word, and the
/// longest stretch of those side by side (one misread character leaves itself and often a neighbour outside).
/// </summary>
public readonly record struct WordCoverage(int Ideographs, int Outside, int LongestOutside)
{
    /// <summary>The share of the ideographs that stand in no word; -1 for text with no ideograph.</summary>
    public float OutsideShare => Ideographs == 0 ? -1 : Outside / (float)Ideographs;
}
