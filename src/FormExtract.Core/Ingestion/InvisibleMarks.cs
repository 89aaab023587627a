using System.Buffers;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Characters a page shows as nothing or as a plain space, which web pages and copies of them carry: zero-width
/// spaces, joiners and word joiners (some sites put them between the characters of words against copying), a byte
/// order mark left inside a file where two were joined, and the no-break space of <c>&amp;nbsp;</c>. The first are
/// removed and the last made a space, so that labels match and cells part as the page shows them: the text kept is
/// what a reader of the page sees.
/// </summary>
public static class InvisibleMarks
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00A0");

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Marks);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length - Removed(text.AsSpan(first)), (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            var at = start;
            foreach (var c in source.AsSpan(start))
            {
                if (c == '\u00A0')
                {
                    span[at++] = ' ';
                }
                else if (!IsZeroWidth(c))
                {
                    span[at++] = c;
                }
            }
        });
    }

    /// <summary>Whether a character is one of the marks shown as nothing (every mark but the no-break space).</summary>
    public static bool IsZeroWidth(char c) => c != '\u00A0' && Marks.Contains(c);

    /// <summary>How many characters of the text go (every mark but the no-break space, which stays as a space).</summary>
    private static int Removed(ReadOnlySpan<char> text)
    {
        var removed = 0;
        foreach (var c in text)
        {
            removed += IsZeroWidth(c) ? 1 : 0;
        }

        return removed;
    }
}
