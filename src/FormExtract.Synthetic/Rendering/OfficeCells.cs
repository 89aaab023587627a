using System.Globalization;
using System.Text.RegularExpressions;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Rendering;

/// <summary>What Word and Excel renderings share: a cell's lines, a figure as a stored number, XML escaping.</summary>
internal static partial class OfficeCells
{
    /// <summary>The lines of a cell: its heading markup broken at <c>&lt;br&gt;</c> where asked, else its text's lines.</summary>
    public static IReadOnlyList<string> Lines(GridCell cell, bool brokenHeadings) =>
        brokenHeadings && cell.Html is { } html && html.Contains("<br>", StringComparison.Ordinal)
            ? html.Split("<br>").Select(l => Tag().Replace(l, string.Empty)).ToArray()
            : cell.Text.Split('\n');

    /// <summary>
    /// A printed figure as a number and the number format that prints it back exactly (<c>3,289,878.22</c>:
    /// 3289878.22 under <c>#,##0.00</c>; <c>91.90%</c>: 0.919 under <c>0.00%</c>), or null for text that a
    /// spreadsheet could not hold as a number without printing it otherwise (floating-point noise, 16 digits).
    /// </summary>
    public static (decimal Value, string Code)? AsNumber(string text)
    {
        var match = Figure().Match(text);
        if (!match.Success || match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('0').Length + match.Groups["dec"].Length > 15)
        {
            return null;
        }

        var percent = match.Groups["pct"].Length > 0;
        var value = decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture) / (percent ? 100 : 1);
        var decimals = match.Groups["dec"].Length;
        var code = (match.Groups["int"].Value.Contains(',', StringComparison.Ordinal) ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty) + (percent ? "%" : string.Empty);
        return value.ToString(code, CultureInfo.InvariantCulture) == text ? (value, code) : null;
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^-?(?<int>\d{1,3}(?:,\d{3})+|0|[1-9]\d*)(?:\.(?<dec>\d+))?(?<pct>%?)$")]
    private static partial Regex Figure();
}
