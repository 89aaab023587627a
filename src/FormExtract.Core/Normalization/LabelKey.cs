using System.Text;

namespace FormExtract.Core.Normalization;

/// <summary>
/// The form of a printed label that is compared with the template's words: white space removed, radicals
/// mapped, full-width brackets, colons, slashes and digits folded to ASCII (forms print <c>其中：</c> and
/// <c>其中:</c>, <c>（万元）</c> and <c>(万元)</c>, <c>（１０分）</c> and <c>(10分)</c> alike), a trailing colon dropped,
/// and read in Simplified characters without pinyin glosses (a Traditional copy's 項(xiàng)目名稱 is 项目名称): keys
/// only match words, so Simplified text loses nothing by it.
/// </summary>
public static class LabelKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = TraditionalChinese.Read(TextNormalizer.Compact(text));
        if (!NeedsFolding(compact))
        {
            return compact;
        }

        var builder = new StringBuilder(compact.Length);
        foreach (var c in compact)
        {
            builder.Append(Fold(c));
        }

        while (builder.Length > 0 && builder[^1] == ':')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>
    /// How many of the text's first characters are their own key: no white space, nothing folded, mapped or
    /// converted, no bracket that could open a gloss, no colon. A run of them is its own key, so a reader that looks
    /// up many pieces of one text can look them up as they stand.
    /// </summary>
    public static int PlainLength(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '<' or '&' or ':' or '(' || Fold(c) != c || RadicalMap.NeedsMapping(c) || TraditionalChinese.IsTraditional(c))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (Fold(c) != c)
            {
                return true;
            }
        }

        return text.Length > 0 && text[^1] == ':';
    }

    /// <summary>The character as keys have it (full-width brackets, colons, slashes, digits and points as ASCII).</summary>
    public static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        '％' => '%',
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '／' => '/',
        '，' => ',',
        '＊' => '*',
        '﹙' => '(',
        '﹚' => ')',
        _ => c,
    };
}
