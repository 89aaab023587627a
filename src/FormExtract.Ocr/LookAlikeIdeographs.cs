using System.Collections.Frozen;
using FormExtract.Core.Confidence;

namespace FormExtract.Ocr;

/// <summary>
/// Ideographs the Chinese model reads for others of nearly the same shape (覆盖 as 履盖, 执行 as 热行), as sure of
/// the wrong one as of any other character, so no confidence and no second reading tells them (the recogniser's own
/// choices at the character hold no trace of the printed one). What tells them is the language: the misread
/// character stands in no word with its neighbours, and the one it was mistaken for does. Only then is it put back,
/// and only for the pairs below, each a misread seen on scans; a character that makes a word as read stays.
/// </summary>
internal static class LookAlikeIdeographs
{
    /// <summary>
    /// Each misread ideograph with the printed ones it was read for, the likelier first: the misreads that left no word
    /// where the printed character made one, on the scanned generated forms of at least two training seeds. Misreads of characters as common as 大 and 下 (人次 as 大次, 工作 as 下作) are left out: their words are too
    /// often missing from the dictionary (大数据, 下发), so that the right text of real forms would be mended.
    /// </summary>
    private static readonly FrozenDictionary<char, string> PrintedFor = new Dictionary<char, string>
    {
        ['履'] = "覆", // 覆盖
        ['帮'] = "覆",
        ['最'] = "量", // 质量
        ['热'] = "执", // 执法, 执行
        ['畏'] = "辅", // 辅助
    }.ToFrozenDictionary();

    /// <summary>The text with every look-alike that stands in no word, where its printed partner does, put back.</summary>
    public static string Mend(string text, ChineseWords words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        char[]? mended = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!PrintedFor.TryGetValue(text[i], out var printed))
            {
                continue;
            }

            // Earlier characters are weighed as mended, so a word is looked for in the text as it now stands.
            mended ??= text.ToCharArray();
            if (words.InWord(mended, i))
            {
                continue;
            }

            foreach (var candidate in printed)
            {
                mended[i] = candidate;
                if (words.InWord(mended, i))
                {
                    break;
                }

                mended[i] = text[i];
            }
        }

        return mended is null || mended.AsSpan().SequenceEqual(text) ? text : new string(mended);
    }
}
