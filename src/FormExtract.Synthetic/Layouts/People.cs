using System.Globalization;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Layouts;

/// <summary>Names, telephone numbers and dates that only the print shows (项目负责人及电话, 填报日期 …).</summary>
internal static class People
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "兰", "霞", "平", "刚", "宁"];

    public static string Name(Random random) => random.Pick(Surnames) + random.Pick(Given) + (random.Chance(0.6) ? random.Pick(Given) : string.Empty);

    public static string Phone(Random random) =>
        "0" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + "-" + random.Next(2_000_000, 8_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in the spring after the fiscal year, when self-evaluations are filed: 2023年3月20日 or 2023.6.28.</summary>
    public static string Date(Random random, int fiscalYear)
    {
        var (month, day) = (random.Next(2, 7), random.Next(1, 29));
        var year = (fiscalYear + 1).ToString(CultureInfo.InvariantCulture);
        return random.Chance(0.5) ? $"{year}年{month}月{day}日" : $"{year}.{month}.{day}";
    }
}
