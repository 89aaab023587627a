namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// How many columns of a fixed-width screen a character takes, after Unicode's East Asian Width (UAX #11):
/// wide and full-width characters (CJK ideographs, kana, hangul, full-width forms and punctuation) take two,
/// others one. .NET exposes no East Asian Width, so the wide ranges are listed here.
/// </summary>
public static class DisplayWidth
{
    public static int Of(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\u303E'
            or >= '\u3041' and <= '\u33FF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF'
            or >= '\uA000' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6'
            ? 2
            : 1;

    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var c in text)
        {
            width += Of(c);
        }

        return width;
    }
}
