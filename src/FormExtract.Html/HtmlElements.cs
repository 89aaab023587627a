using AngleSharp.Dom;

namespace FormExtract.Html;

/// <summary>How a reader sees an element: not at all, as a block (its own lines), or inline.</summary>
internal static class HtmlElements
{
    /// <summary>Elements whose content is never shown as text.</summary>
    private static readonly HashSet<string> Unseen =
    [
        "head", "title", "script", "style", "noscript", "template", "meta", "link", "base", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "select", "button", "input", "textarea", "xml",
    ];

    /// <summary>Elements laid out as blocks: each starts and ends a line.</summary>
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "legend", "caption", "table",
        "thead", "tbody", "tfoot", "tr", "body", "html",
    ];

    public static bool IsUnseen(IElement element) =>
        Unseen.Contains(element.LocalName) || element.HasAttribute("hidden") || HasHidingStyle(element);

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static bool IsCell(IElement element) => element.LocalName is "td" or "th";

    public static bool IsTable(IElement element) => element.LocalName == "table";

    /// <summary>
    /// Inline <c>display:none</c> (Word hides its column-width row and deleted text this way) or
    /// <c>visibility:hidden</c>. Style sheets are not evaluated: exporters put these inline.
    /// </summary>
    private static bool HasHidingStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none") || compact.Contains("visibility:hidden");
    }
}
