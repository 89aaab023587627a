namespace FormExtract.Core.Normalization;

/// <summary>Reads an execution rate as a fraction: <c>91.90%</c> is 0.919.</summary>
public static class RateParser
{
    public static ParsedNumber? Parse(string text)
    {
        var ascii = NumberParser.ToAscii(text).Trim();
        var percent = ascii.EndsWith('%');
        var body = percent ? ascii[..^1].TrimEnd() : ascii;
        if (NumberParser.Parse(body) is not { } number)
        {
            return null;
        }

        // A rate printed without its sign is still a percentage when it is larger than one: 96.41 means 96.41%.
        var asFraction = percent || number.Value > 1m ? number.Value / 100m : number.Value;
        return number with { Value = NumberParser.Canonical(asFraction) };
    }
}
