using System.Buffers;
using System.Text.RegularExpressions;
using FormExtract.Core.Model;

namespace FormExtract.Core.Normalization;

/// <summary>
/// Reads a 年度指标值 or 实际完成值: an optional comparator (ASCII, ≥ ≤ ＞ ＜ ≧ ≦ ＝ or words such as 不低于),
/// a number, a unit (万 scales the number except in 万元; 百分比 and ％ are %), or a qualitative word.
/// </summary>
public static partial class MeasureParser
{
    private static readonly (string Word, string Comparator)[] ComparatorWords =
    [
        ("大于等于", ">="), ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="),
        ("小于等于", "<="), ("不高于", "<="), ("不多于", "<="), ("不超过", "<="), ("不大于", "<="),
        ("大于", ">"), ("高于", ">"), ("小于", "<"), ("低于", "<"), ("等于", "="),
    ];

    private static readonly (string Suffix, string Comparator)[] ComparatorSuffixes =
    [
        ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="),
    ];

    /// <summary>The comparator symbols that <see cref="FoldComparators"/> writes in ASCII.</summary>
    private static readonly SearchValues<char> ComparatorSymbols = SearchValues.Create("≥≧≤≦＞＜＝═﹦");

    /// <summary>Whether the text is a comparator alone, as a split target's 指标性质 prints it (≥, ＝, ═).</summary>
    public static bool IsComparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldComparators(NumberParser.ToAscii(TextNormalizer.Compact(text)));
        return folded is "=" or ">=" or "<=" or ">" or "<" or "=>" or "=<";
    }

    public static Measure? Parse(string text)
    {
        var value = TextNormalizer.Normalize(text);
        if (value.Length == 0)
        {
            return null;
        }

        var ascii = FoldComparators(NumberParser.ToAscii(value)).Trim();
        var match = Quantity().Match(ascii);
        if (!match.Success || NumberParser.FromDigits(match.Groups["number"].Value) is not { } parsed)
        {
            return Measure.OfWord(value);
        }

        var comparator = NormalizeComparator(match.Groups["comparator"].Value);
        var unit = match.Groups["unit"].Value.Trim();
        foreach (var (suffix, implied) in ComparatorSuffixes)
        {
            if (unit.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = unit[..^suffix.Length].Trim();
                comparator ??= implied;
                break;
            }
        }

        // FromDigits gives a canonical value; only scaling by 万 can add trailing zeros again.
        var number = parsed.Value;
        if (unit is "百分比")
        {
            unit = "%";
        }
        else if (unit.StartsWith('万') && unit != "万元")
        {
            number = NumberParser.Canonical(number * 10_000m);
            unit = unit[1..];
        }

        return new Measure(comparator, number, unit.Length == 0 ? null : unit, null);
    }

    private static string FoldComparators(string text)
    {
        // Most targets print no comparator symbol: nine replacements would each scan the text for nothing.
        var folded = !text.AsSpan().ContainsAny(ComparatorSymbols) ? text : text
            .Replace("≥", ">=", StringComparison.Ordinal).Replace("≧", ">=", StringComparison.Ordinal)
            .Replace("≤", "<=", StringComparison.Ordinal).Replace("≦", "<=", StringComparison.Ordinal)
            .Replace("＞", ">", StringComparison.Ordinal).Replace("＜", "<", StringComparison.Ordinal)
            .Replace("＝", "=", StringComparison.Ordinal).Replace("═", "=", StringComparison.Ordinal)
            .Replace("﹦", "=", StringComparison.Ordinal);
        foreach (var (word, comparator) in ComparatorWords)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal))
            {
                return comparator + folded[word.Length..];
            }
        }

        return folded;
    }

    private static string? NormalizeComparator(string raw) => raw.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "" => null,
        "=>" or ">=" => ">=",
        "=<" or "<=" => "<=",
        var other => other,
    };

    /// <summary>
    /// A comparator, a figure and a unit. The unit never starts with a point: a point with no digit after it is a
    /// figure that lost its decimals (3.1万人次 read from a scan as 3 .万人次), no figure of 3.
    /// </summary>
    [GeneratedRegex(@"^(?<comparator>>\s*=|<\s*=|=\s*>|=\s*<|>|<|=)?\s*(?<number>[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)\s*(?<unit>(?!\s*\.)[^\d]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
