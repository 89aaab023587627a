using System.Globalization;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Validation;

/// <summary>
/// The validator's arithmetic conventions (OUTPUT.md): decimal only, half-up rounding to 2 decimals from
/// unrounded inputs, and a 0.01 tolerance wherever a stated figure is compared with a computed one.
/// </summary>
public static class Decimals
{
    /// <summary>Stated and computed figures within this distance agree.</summary>
    public const decimal Tolerance = 0.01m;

    /// <summary>Rounded half-up to 2 decimals: 0.005 is 0.01, as accountants round (banker's rounding would give 0).</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the two figures differ by more than <see cref="Tolerance"/>.</summary>
    public static bool Differ(decimal stated, decimal expected) => Math.Abs(stated - expected) > Tolerance;

    /// <summary>A figure as text without trailing zeros: 9.64, 10, 2612933.32.</summary>
    public static string Format(decimal value) => NumberParser.Canonical(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with 2 decimals, as the forms print 执行率: 0.918966 is "91.90%".</summary>
    public static string Percent(decimal fraction) => Round2(fraction * 100m).ToString("F2", CultureInfo.InvariantCulture) + "%";

    /// <summary>The rate of <paramref name="part"/> in <paramref name="whole"/>, unrounded; null when the whole is zero.</summary>
    public static decimal? Ratio(decimal part, decimal whole) => whole == 0m ? null : part / whole;
}
