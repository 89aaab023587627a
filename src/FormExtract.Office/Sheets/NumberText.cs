using System.Globalization;
using System.Text;

namespace FormExtract.Office.Sheets;

/// <summary>
/// A number stored in a cell printed the way its number format prints it, from the value with at most 15
/// significant digits (as Excel holds and shows it), so the binary noise of the stored double never shows:
/// <c>#,##0.00</c> prints 3289878.2200000002 as <c>3,289,878.22</c>, <c>0.00%</c> prints 0.919 as <c>91.90%</c>,
/// General prints 90.789999999999992 as <c>90.79</c>. Excel's codes are turned into .NET custom formats, which share
/// their digit placeholders, sections, scaling commas, percent and quoted text; colours, conditions and padding
/// are dropped, a currency tag keeps its symbol. Dates print as ISO dates, fractions as General.
/// </summary>
internal static class NumberText
{
    public static string Format(double value, string code)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var general = value.ToString("G15", CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@")
        {
            return general;
        }

        var (translated, kind) = Translate(code);
        if (kind == Kind.Date)
        {
            return Date(value, code);
        }

        if (kind == Kind.Unsupported || !decimal.TryParse(general, NumberStyles.Float, CultureInfo.InvariantCulture, out var clean))
        {
            return general;
        }

        try
        {
            return clean.ToString(translated, CultureInfo.InvariantCulture).Trim();
        }
        catch (FormatException)
        {
            return general;
        }
    }

    private enum Kind
    {
        Number,
        Date,
        Unsupported,
    }

    private static (string Format, Kind Kind) Translate(string code)
    {
        var result = new StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    close = close < 0 ? code.Length : close;
                    result.Append('"').Append(code, i + 1, close - i - 1).Append('"');
                    i = close;
                    break;
                case '\\' when i + 1 < code.Length:
                    result.Append('\\').Append(code[++i]);
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    end = end < 0 ? code.Length : end;
                    var tag = code[(i + 1)..end];
                    if (tag.StartsWith('$'))
                    {
                        var symbol = tag[1..].Split('-')[0];
                        result.Append('"').Append(symbol).Append('"');
                    }
                    else if (tag.Length > 0 && tag.All(t => t is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                    {
                        return (string.Empty, Kind.Date);
                    }

                    i = end;
                    break;
                case '_' or '*':
                    i++;
                    break;
                case '?':
                    result.Append('#');
                    break;
                case '@':
                    break;
                case '/':
                    return (string.Empty, Kind.Unsupported);
                case 'y' or 'Y' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' or 'm' or 'M':
                    return (string.Empty, Kind.Date);
                default:
                    result.Append(c);
                    break;
            }
        }

        return (result.ToString(), Kind.Number);
    }

    private static string Date(double value, string code)
    {
        if (value is < -657435 or > 2958465)
        {
            return value.ToString("G15", CultureInfo.InvariantCulture);
        }

        var at = DateTime.FromOADate(value);
        var lower = code.ToLowerInvariant();
        var hasDate = lower.Contains('y') || lower.Contains('d') || (lower.Contains('m') && !lower.Contains('h') && !lower.Contains('s'));
        var hasTime = lower.Contains('h') || lower.Contains('s');
        return (hasDate, hasTime) switch
        {
            (true, true) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            (false, true) => at.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            _ => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
