using System.Text.RegularExpressions;

namespace FormExtract.Report.Tests.Support;

/// <summary>What the tests read out of a page's DOM as Chromium serialised it.</summary>
internal static partial class Dom
{
    public static int Count(string dom, string id)
    {
        var match = Regex.Match(dom, $"id=\"count-{Regex.Escape(id)}\" data-count=\"(\\d+)\"");
        Assert.True(match.Success, $"no count '{id}' in the summary");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<(string Rule, string Severity, int Count)> RuleRows(string dom) =>
        RuleRow().Matches(dom).Select(m => (m.Groups[1].Value, m.Groups[2].Value, int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static IReadOnlyList<string> FindingLinks(string dom) =>
        FindingLink().Matches(dom).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    public static IReadOnlyList<string> FormLinks(string dom) =>
        FormLink().Matches(dom).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    public static IReadOnlyList<string> ListLinks(string dom) =>
        ListLink().Matches(dom).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    public static IReadOnlyList<string> CropSources(string dom) =>
        CropSource().Matches(dom).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    public static bool HasId(string dom, string id) => dom.Contains($"id=\"{id}\"", StringComparison.Ordinal);

    /// <summary>The class attribute of the element with this id.</summary>
    public static string ClassOf(string dom, string id)
    {
        var match = Regex.Match(dom, $"<t[dr] id=\"{Regex.Escape(id)}\"(?: class=\"([^\"]*)\")?");
        Assert.True(match.Success, $"no element '{id}'");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<tr data-rule=\"([^\"]*)\" data-severity=\"([^\"]*)\" data-count=\"(\\d+)\">")]
    private static partial Regex RuleRow();

    [GeneratedRegex("<a class=\"finding-link\" href=\"([^\"]*)\">")]
    private static partial Regex FindingLink();

    [GeneratedRegex("<a class=\"form-link\" href=\"([^\"]*)\">")]
    private static partial Regex FormLink();

    [GeneratedRegex("<a class=\"list-link\" href=\"([^\"]*)\">")]
    private static partial Regex ListLink();

    [GeneratedRegex("<img class=\"crop\"[^>]* src=\"([^\"]*)\"")]
    private static partial Regex CropSource();
}
