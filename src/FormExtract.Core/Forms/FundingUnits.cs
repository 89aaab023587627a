using FormExtract.Core.Normalization;

namespace FormExtract.Core.Forms;

/// <summary>The unit a funding block names in its label (项目资金(万元), 年度预算数(万元), 金额单位: 元).</summary>
internal static class FundingUnits
{
    public const string Yuan = "元";
    public const string TenThousandYuan = "万元";

    public static string? Of(string text)
    {
        var key = LabelKey.Of(text);
        return key.Contains(TenThousandYuan, StringComparison.Ordinal) ? TenThousandYuan
            : key.Contains(Yuan, StringComparison.Ordinal) ? Yuan
            : null;
    }

    /// <summary>The unit a label names in brackets (计划安排资金(万元)); null when it names none.</summary>
    public static string? InBrackets(string text)
    {
        var key = LabelKey.Of(text);
        return key.Contains("(万元)", StringComparison.Ordinal) ? TenThousandYuan : key.Contains("(元)", StringComparison.Ordinal) ? Yuan : null;
    }

    /// <summary>
    /// A figure with the block's unit written after it (150万 or 620.82万元 under 万元) is the figure: values stay
    /// in the block's unit. A unit that is not the block's stays, and the figure is then not read.
    /// </summary>
    public static string WithoutUnit(string text, string? unit)
    {
        var trimmed = text.Trim();
        string[] suffixes = unit switch
        {
            TenThousandYuan => [TenThousandYuan, "万"],
            Yuan => [Yuan],
            _ => [],
        };
        foreach (var suffix in suffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal) && char.IsDigit(trimmed[^(suffix.Length + 1)]))
            {
                return trimmed[..^suffix.Length].TrimEnd();
            }
        }

        return trimmed;
    }
}
