using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FormExtract.Core.Normalization;

/// <summary>
/// Reads figures exactly as decimals: full-width digits, thousands separators, and the noise a spreadsheet
/// leaves when it prints a binary double (<c>90.78999999999999</c> is 90.79).
/// </summary>
public static partial class NumberParser
{
    private const int CleanDecimals = 4;
    private static readonly decimal NoiseTolerance = 0.000000001m;
    private static readonly SearchValues<char> WideForms = SearchValues.Create("０１２３４５６７８９．，－−＋％\u00A0\u3000");

    /// <summary>Parses a plain number (no unit, no comparator); null when the text is not one.</summary>
    public static ParsedNumber? Parse(string text)
    {
        // Most cells are words: turn them away before any allocation.
        if (!CouldBeNumber(text))
        {
            return null;
        }

        var ascii = ToAscii(text).Trim();
        if (!PlainNumber().IsMatch(ascii))
        {
            return null;
        }

        return FromDigits(ascii);
    }

    /// <summary>Whether the text is a plain number, without reading its value (a cell's shape, not its figure).</summary>
    public static bool IsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CouldBeNumber(text) && PlainNumber().IsMatch(ToAscii(text).Trim());
    }

    /// <summary>Parses the digits of a number already isolated by a caller's pattern (separators allowed).</summary>
    public static ParsedNumber? FromDigits(string digits)
    {
        var cleaned = digits.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var noisy = false;
        if (value.Scale > CleanDecimals)
        {
            var rounded = Math.Round(value, CleanDecimals, MidpointRounding.AwayFromZero);
            if (value != rounded && Math.Abs(value - rounded) <= NoiseTolerance)
            {
                value = rounded;
                noisy = true;
            }
        }

        // A figure printed without trailing zeros after its point is already canonical; the division that
        // drops them is the costliest step here, and most figures do not need it.
        var canonical = noisy || value == 0 || (value.Scale > 0 && cleaned[^1] == '0') ? Canonical(value) : value;
        return new ParsedNumber(canonical, noisy);
    }

    /// <summary>True when the text prints a figure with floating-point noise, e.g. 90.78999999999999.</summary>
    public static bool HasFloatNoise(string text)
    {
        // Noise needs more decimals than a clean figure has: skip the text unless it holds that many digits.
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) || c is >= '０' and <= '９' ? 1 : 0;
        }

        if (digits <= CleanDecimals + 1)
        {
            return false;
        }

        var ascii = ToAscii(text);
        foreach (Match match in NumberRun().Matches(ascii))
        {
            if (FromDigits(match.Value) is { HadFloatNoise: true })
            {
                return true;
            }
        }

        return false;
    }

    private static bool CouldBeNumber(string text)
    {
        var digits = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                digits = true;
            }
            else if (c is not ('.' or ',' or '+' or '-' or ' ' or '．' or '，' or '－' or '−' or '＋' or '\u00A0' or '\u3000' or '\t'))
            {
                return false;
            }
        }

        return digits;
    }

    /// <summary>The value with trailing zeros dropped, so that 1943200.00 is written as 1943200.</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Full-width digits, signs and separators folded to ASCII.</summary>
    public static string ToAscii(string text)
    {
        if (text.AsSpan().IndexOfAny(WideForms) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '，' => ',',
                '－' or '−' => '-',
                '＋' => '+',
                '％' => '%',
                '\u00A0' or '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRun();
}
