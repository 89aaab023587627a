using System.Text;

namespace FormExtract.Office;

/// <summary>
/// Text of a paragraph as a reader sees it, the way the HTML reader sees a page's text: runs of white space
/// (the no-break and ideographic spaces and tabs among them) fold to one space, and each line is trimmed.
/// </summary>
internal static class OfficeText
{
    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\f' or '\u00A0' or '\u3000')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace && result.Length > 0)
            {
                result.Append(' ');
            }

            pendingSpace = false;
            result.Append(c);
        }

        return result.ToString();
    }
}
