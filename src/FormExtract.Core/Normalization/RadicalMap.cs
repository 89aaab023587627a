using System.Collections.Frozen;
using System.Text;

namespace FormExtract.Core.Normalization;

/// <summary>
/// Maps radical and compatibility code points to the unified ideographs that readers mean. PDF fonts for
/// Chinese often map glyphs to Kangxi radicals (<c>⽬</c> for 目) or CJK Radicals Supplement code points
/// (<c>⻔</c> for 门). NFKC repairs the first block and the compatibility ideographs; the supplement needs
/// the explicit table below (Unicode's EquivalentUnifiedIdeograph data).
/// </summary>
public static class RadicalMap
{
    private static readonly FrozenDictionary<char, char> Supplement = BuildSupplement();

    // NFKC sends these Kangxi radicals to traditional characters; the forms are in simplified Chinese, and a
    // simplified font that draws 户 or 门 names the glyph by the radical, so the simplified character is meant.
    private static readonly FrozenDictionary<char, char> Simplified = new Dictionary<char, char>
    {
        ['⼾'] = '户', ['⾨'] = '门', ['⾺'] = '马', ['⿂'] = '鱼', ['⾙'] = '贝', ['⾞'] = '车', ['⾒'] = '见',
        ['⾧'] = '长', ['⾴'] = '页', ['⾵'] = '风', ['⾶'] = '飞', ['⿃'] = '鸟', ['⿆'] = '麦', ['⿈'] = '黄',
        ['⿑'] = '齐', ['⿒'] = '齿', ['⿓'] = '龙', ['⿔'] = '龟', ['⾱'] = '韦', ['⾾'] = '斗',
    }.ToFrozenDictionary();

    public static bool NeedsMapping(char c) =>
        c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Returns the text with every radical or compatibility ideograph replaced; the same string when none occurs.</summary>
    public static string Map(string text)
    {
        var first = IndexOfMappable(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsMapping(c))
            {
                builder.Append(c);
            }
            else if (Supplement.TryGetValue(c, out var unified) || Simplified.TryGetValue(c, out unified))
            {
                builder.Append(unified);
            }
            else
            {
                // Kangxi radicals (U+2F00–U+2FD5) and compatibility ideographs decompose under NFKC.
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
        }

        return builder.ToString();
    }

    private static int IndexOfMappable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsMapping(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static FrozenDictionary<char, char> BuildSupplement()
    {
        // U+2E81 onwards, in code point order; '\0' marks a code point with no single unified equivalent.
        const string targets =
            "厂乛乚乙亻冂几刀刂卜㔾小小兀尢尢尢巳幺彑彐忄心扌攵\0旡日月歺母民氵氺灬爫爫丬牛犭王疋罒示礻竹糸纟罓罒㓁罓罓羊羊羊耂聿聿肉臼艹艹艹虎衤覀西见角角讠贝足车辶辶辶阝钅長镸长门阜阝雨青韦页风飞食\0飠饣首马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟";
        var map = new Dictionary<char, char>();
        for (var i = 0; i < targets.Length; i++)
        {
            if (targets[i] != '\0')
            {
                map[(char)(0x2E81 + i)] = targets[i];
            }
        }

        return map.ToFrozenDictionary();
    }
}
