namespace FormExtract.Synthetic.Grids;

/// <summary>
/// A target as a split-target layout prints it over 指标性质 | 指标值 | 度量单位: ≧ | 735 | 人次, or 定性 | 及时 | (blank).
/// The truth's text is the three joined, so the parts are found again from it.
/// </summary>
internal static class SplitTargets
{
    public const string Qualitative = "定性";

    private const string ComparatorChars = "=<>≥≤≧≦＝═﹦＞＜";

    public static (string Comparator, string Number, string Unit) Parts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(Qualitative, StringComparison.Ordinal))
        {
            return (Qualitative, text[Qualitative.Length..], string.Empty);
        }

        var comparator = 0;
        while (comparator < text.Length && ComparatorChars.Contains(text[comparator], StringComparison.Ordinal))
        {
            comparator++;
        }

        var number = comparator;
        while (number < text.Length && (char.IsAsciiDigit(text[number]) || text[number] is '.' or ','))
        {
            number++;
        }

        return (text[..comparator], text[comparator..number], text[number..]);
    }
}
