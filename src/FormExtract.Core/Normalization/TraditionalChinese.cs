using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace FormExtract.Core.Normalization;

/// <summary>
/// Traditional characters read as Simplified, character by character, by OpenCC's table (t2s.txt beside this
/// file, made by scripts/tools/make-t2s-table.sh), and the pinyin glosses some mirrors add after characters
/// (<c>項(xiàng)</c>) removed. Forms are published in Simplified characters; a copy converted to Traditional is
/// read back so that its words match the layouts' and its values are in the characters the form was written in.
/// </summary>
public static partial class TraditionalChinese
{
    /// <summary>The share of ideographs that must be Traditional for a text to be read as a Traditional copy.</summary>
    public const double TraditionalShare = 0.05;

    private const string Resource = "FormExtract.Core.Normalization.t2s.txt";

    private static readonly string?[] Table = Load();

    /// <summary>The characters the table converts, for finding the first one with a vectorised search: most texts hold none.</summary>
    private static readonly SearchValues<char> Convertible = SearchValues.Create(Enumerable.Range(0, Table.Length).Where(c => Table[c] is not null).Select(c => (char)c).ToArray());

    /// <summary>The text with every Traditional character in its Simplified form; the same string when none occurs.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstTraditional(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            builder.Append(Table[text[i]] ?? (object)text[i]);
        }

        return builder.ToString();
    }

    /// <summary>The text without pinyin glosses after characters: <c>項(xiàng)目</c> is <c>項目</c>.</summary>
    public static string WithoutGlosses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('(', StringComparison.Ordinal) || text.Contains('（', StringComparison.Ordinal) ? Gloss().Replace(text, string.Empty) : text;
    }

    /// <summary>The text as it reads in Simplified characters, glosses removed.</summary>
    public static string Read(string text) => ToSimplified(WithoutGlosses(text));

    /// <summary>The characters the table converts as one bit each, for short texts: a lookup per character costs less there than a vectorised search's start.</summary>
    private static readonly ulong[] ConvertibleBits = Bits(Table);

    /// <summary>Texts at least this long are searched vectorised; shorter ones (most cells) character by character.</summary>
    private const int VectorisedFrom = 32;

    /// <summary>Whether the text holds a character the table converts: a Simplified text (almost every form) holds none.</summary>
    public static bool HasTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length >= VectorisedFrom)
        {
            return text.AsSpan().ContainsAny(Convertible);
        }

        foreach (var c in text)
        {
            if (IsTraditional(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the table converts the character.</summary>
    public static bool IsTraditional(char c) => (ConvertibleBits[c >> 6] & (1UL << (c & 63))) != 0;

    private static ulong[] Bits(string?[] table)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c < table.Length; c++)
        {
            if (table[c] is not null)
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    /// <summary>Whether enough of the texts' ideographs are Traditional for them to be a Traditional copy.</summary>
    public static bool LooksTraditional(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (ideographs, traditional) = (0, 0);
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    ideographs++;
                    traditional += Table[c] is not null ? 1 : 0;
                }
            }
        }

        return ideographs > 0 && traditional >= ideographs * TraditionalShare;
    }

    private static int FirstTraditional(string text)
    {
        if (text.Length >= VectorisedFrom)
        {
            return text.AsSpan().IndexOfAny(Convertible);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsTraditional(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string?[] Load()
    {
        var table = new string?[char.MaxValue + 1];
        using var stream = typeof(TraditionalChinese).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"Resource {Resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            // Only one-for-one characters: a text read in Simplified keeps its length, so places found in it hold in the text as printed.
            if (line.Length == 3 && line[0] != '#' && line[1] == '\t')
            {
                table[line[0]] = line[2..];
            }
        }

        return table;
    }

    // A Latin syllable with tone marks in brackets right after an ideograph.
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Gloss();
}
