using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FormExtract.Core.Normalization;

/// <summary>
/// The "text" rule of OUTPUT.md: markup removed (a paragraph or line break becomes a new line), each line
/// trimmed and empty lines dropped, white space between two CJK characters removed (a wrap artefact),
/// radicals mapped to ideographs. Nothing else changes: Chinese punctuation stays.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string raw)
    {
        if (IsPlain(raw))
        {
            return raw;
        }

        var text = RadicalMap.Map(raw);
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = BreakTag().Replace(text, "\n");
            text = AnyTag().Replace(text, string.Empty);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = CjkGap().Replace(line.Trim(), string.Empty);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(trimmed);
        }

        return builder.ToString();
    }

    /// <summary>A label for comparison with the template: all white space removed, radicals mapped.</summary>
    public static string Compact(string raw)
    {
        if (IsPlain(raw))
        {
            return raw;
        }

        var text = RadicalMap.Map(raw);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Text that every rule here leaves as it is: no white space, markup, entities or radicals.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '<' or '&' || RadicalMap.NeedsMapping(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for ideographs and CJK punctuation, the characters a line wrap may split with white space; radicals
    /// too, which PDF fonts name many ideographs by (⼈ for 人) before <see cref="RadicalMap"/> maps them.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F')
            or (>= '\uFF00' and <= '\uFFEF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u2E80' and <= '\u2FDF');

    /// <summary>Joins two fragments of one cell: nothing between CJK text, one space between Latin text.</summary>
    public static string JoinFragments(string first, string second)
    {
        var a = first.TrimEnd();
        var b = second.TrimStart();
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        var last = a[^1];
        var next = b[0];
        return IsCjk(last) || IsCjk(next) || last == '>' || next == '<' ? a + b : a + " " + b;
    }

    [GeneratedRegex(@"<\s*(br|/?p|/div|/tr|/li)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9:]*(\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(?<=[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF])\s+(?=[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF])", RegexOptions.CultureInvariant)]
    private static partial Regex CjkGap();
}
