namespace FormExtract.Html;

/// <summary>
/// How deep a page's elements nest, measured on its text before it is parsed: start tags open, end tags
/// close. Void elements, self-closed tags, and elements whose end tag may be left out (p, li, td, tr,
/// option…: the next one closes them) do not count, so an untidy real page is not mistaken for a deep one.
/// The contents of script, style, textarea and comments are skipped.
/// </summary>
internal static class NestingGauge
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>The deepest nesting, or the first depth past <paramref name="stopAt"/> (no need to read further).</summary>
    public static int Depth(string html, int stopAt)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, deepest = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length - 1 : close + 2;
                continue;
            }

            var end = html.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            if (closing)
            {
                depth -= Uncounted.Contains(name) || depth == 0 ? 0 : 1;
            }
            else if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length - 1 : close;
            }
            else if (!Uncounted.Contains(name) && html[end - 1] != '/')
            {
                deepest = Math.Max(deepest, ++depth);
                if (deepest > stopAt)
                {
                    return deepest;
                }
            }

            i = end;
        }

        return deepest;
    }
}
