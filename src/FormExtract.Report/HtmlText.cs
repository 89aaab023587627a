using System.Text;

namespace FormExtract.Report;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: every cell text is data, never markup,
/// so a cell holding <c>&lt;script&gt;</c> is shown as those characters.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                // Control characters other than tab and newline are not allowed in HTML text.
                < ' ' when c is not '\t' and not '\n' => builder.Append('\uFFFD'),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>An id or file name made of a JSON Pointer: <c>/funding/total/executed</c> is <c>funding-total-executed</c>.</summary>
    public static string Slug(string path) => path.Trim('/').Replace('/', '-');

    /// <summary>A relative path as a URL: each segment percent-encoded, joined with <c>/</c>.</summary>
    public static string Url(string relativePath) =>
        string.Join('/', relativePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
