using System.Globalization;
using System.Text.RegularExpressions;

namespace FormExtract.Core.Roles;

/// <summary>The fiscal year as forms print it: (2022 年度), 2023年度, or inside the title line (2022年度项目支出绩效自评表).</summary>
public static partial class FiscalYears
{
    /// <summary>Whether a short cell is the year line under a title: (2022年度), （2023年度）, 2021年度.</summary>
    public static bool IsYearCell(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= 12 && YearLine().IsMatch(key);
    }

    /// <summary>The year a year line or a title holds; null when it holds none.</summary>
    public static int? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var match = YearLine().Match(key);
        if (!match.Success)
        {
            match = InTitle().Match(key);
        }

        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Whether a bare year and the title after it (2017 | 年部门整体支出绩效评价得分表) are one title that flattening cut
    /// apart: the title starts with the 年 the year needs.
    /// </summary>
    public static bool StartsCutTitle(string yearKey, string titleKey)
    {
        ArgumentNullException.ThrowIfNull(yearKey);
        ArgumentNullException.ThrowIfNull(titleKey);
        return yearKey.Length == 4 && titleKey.StartsWith('年') && Find(yearKey + titleKey) is not null;
    }

    [GeneratedRegex(@"(?:^|[（(])(?<year>(?:19|20)[0-9]{2})年度?(?:[)）]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)[0-9]{2})年度?", RegexOptions.CultureInvariant)]
    private static partial Regex InTitle();
}
