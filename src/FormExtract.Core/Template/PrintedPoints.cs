using FormExtract.Core.Normalization;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FormExtract.Core.Template;

/// <summary>
/// Points printed inside a label: <c>产出指标(50分)</c>, <c>预算执行情况(万元)(20分)</c>, <c>总分(100分)</c>,
/// <c>产出指标(50)</c>. The label's key (<see cref="LabelKey"/>) is split into the words and the points.
/// </summary>
public static partial class PrintedPoints
{
    /// <summary>The words without the points, the points, and the points as printed (<c>50分</c>).</summary>
    public static (string Words, decimal? Points, string? Text) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var match = Points().Match(key);
        if (!match.Success)
        {
            return (key, null, null);
        }

        var points = decimal.Parse(match.Groups["points"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var words = key.Remove(match.Index, match.Length);
        return (words, points, match.Groups["points"].Value + match.Groups["unit"].Value);
    }

    // "(50分)" anywhere, or "(50)" / "50分" at the end; a year such as (2023年度) is not points. OCR reads the
    // opening bracket of (40分) as 〈 or 《 at times; the 分 inside still makes it points.
    [GeneratedRegex(@"[(〈《](?<points>[0-9]{1,3}(\.[0-9]+)?)(?<unit>分)\)?|\((?<points>[0-9]{1,3}(\.[0-9]+)?)(?<unit>)\)$|(?<![0-9])(?<points>[0-9]{1,3}(\.[0-9]+)?)(?<unit>分)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Points();
}
