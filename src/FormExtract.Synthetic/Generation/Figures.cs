using System.Globalization;
using FormExtract.Core.Normalization;

namespace FormExtract.Synthetic.Generation;

/// <summary>The ways published forms print a figure.</summary>
internal static class Figures
{
    public static Printed Fixed(decimal value, int decimals) =>
        new(value.ToString("F" + decimals, CultureInfo.InvariantCulture), NumberParser.Canonical(value));

    /// <summary>Without trailing zeros: 10, 9.19, 7.2.</summary>
    public static Printed Trimmed(decimal value) =>
        new(NumberParser.Canonical(value).ToString(CultureInfo.InvariantCulture), NumberParser.Canonical(value));

    /// <summary>With thousands separators, as spreadsheets export 全年执行数: 3,289,878.22.</summary>
    public static Printed Thousands(decimal value) =>
        new(value.ToString("#,##0.##", CultureInfo.InvariantCulture), NumberParser.Canonical(value));

    /// <summary>A rate printed as a percentage with 2 decimals; the value is the fraction.</summary>
    public static Printed Percent(decimal fraction) =>
        new((fraction * 100m).ToString("F2", CultureInfo.InvariantCulture) + "%", NumberParser.Canonical(fraction));

    public static string Number(decimal value) => NumberParser.Canonical(value).ToString(CultureInfo.InvariantCulture);
}
