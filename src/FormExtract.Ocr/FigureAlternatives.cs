namespace FormExtract.Ocr;

/// <summary>
/// Other readings of a figure that the page may support: the characters the recogniser itself weighed at
/// each place, and the slips a scan makes of printed figures: a decimal point lost in noise or one read in a
/// speck, a digit dropped or one read twice. The form's sums decide later whether any of them holds.
/// </summary>
internal static class FigureAlternatives
{
    /// <summary>
    /// The recogniser's runners-up taken per place. The LSTM's confidences for them are mostly near zero once
    /// it has made up its mind, so they are taken by rank, not by a floor.
    /// </summary>
    private const int ChoicesPerPlace = 3;

    /// <summary>A character read with at least this confidence (0..1) is taken as printed.</summary>
    private const double DoubtfulSymbol = 0.9;

    /// <summary>
    /// Alternative texts for a figure as read: the other engine's reading of the cell first, then the
    /// recogniser's own runners-up, then the slips; never the text itself.
    /// </summary>
    public static IReadOnlyList<string> Of(string text, IReadOnlyList<OcrSymbol>? symbols, string? otherEngine = null)
    {
        if (Figure(text) is not { } figure)
        {
            return [];
        }

        var found = new List<string>();
        if (Figure(otherEngine) is { } other)
        {
            found.Add(other);
        }

        if (symbols is { Count: > 0 } && string.Concat(symbols.Select(s => s.Text)) == figure)
        {
            // Only where the recogniser hesitated: a place it read with near certainty is not re-read.
            for (var i = 0; i < symbols.Count; i++)
            {
                if (symbols[i].Confidence >= DoubtfulSymbol)
                {
                    continue;
                }

                foreach (var choice in symbols[i].Choices.Where(c => c.Text != symbols[i].Text).Take(ChoicesPerPlace))
                {
                    found.Add(string.Concat(symbols.Select((s, j) => j == i ? choice.Text : s.Text)));
                }
            }
        }

        var (body, suffix) = figure.EndsWith('%') ? (figure[..^1], "%") : (figure, string.Empty);
        var digits = body.Count(char.IsAsciiDigit);
        if (!body.Contains('.', StringComparison.Ordinal))
        {
            // Amounts carry two decimals, scores and rates one or two.
            for (var decimals = 1; decimals <= 2 && decimals < digits; decimals++)
            {
                found.Add(body.Insert(body.Length - decimals, ".") + suffix);
            }
        }
        else
        {
            found.Add(body.Replace(".", string.Empty, StringComparison.Ordinal) + suffix);
        }

        // A digit read twice or dropped, but not one that would give the figure a third decimal where it was read
        // with two at most: forms print amounts with two decimals and scores and rates with one or two, so a rate
        // of 96.34% that breaks its equation is the form's own slip, not a misread 96.334%.
        var mostDecimals = Math.Max(2, Decimals(body));
        for (var i = 0; i <= body.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (body.Insert(i, d.ToString()) is var inserted && Decimals(inserted) <= mostDecimals)
                {
                    found.Add(inserted + suffix);
                }
            }

            if (i < body.Length && char.IsAsciiDigit(body[i]) && digits > 1)
            {
                found.Add(body.Remove(i, 1) + suffix);
            }
        }

        return found.Where(f => f != figure && IsWellFormed(f)).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static int Decimals(string body) => body.IndexOf('.', StringComparison.Ordinal) is var point and >= 0 ? body.Length - point - 1 : 0;

    /// <summary>The other engine's reading of a figure where it is another well-formed figure than the one taken; null otherwise.</summary>
    public static string? Disputing(string text, string? otherEngine) =>
        Figure(text) is { } taken && Figure(otherEngine) is { } other && other != taken && IsWellFormed(other) && other.TrimEnd('%').IndexOf('%', StringComparison.Ordinal) < 0 ? other : null;

    /// <summary>A reading without its spaces where it is made of a figure's characters only; null otherwise.</summary>
    private static string? Figure(string? reading) =>
        reading?.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: > 0 } figure && figure.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%') ? figure : null;

    /// <summary>A figure as forms print them: no leading zero before another digit, one point at most, not at an end.</summary>
    private static bool IsWellFormed(string figure)
    {
        var body = figure.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal);
        return body.Length > 0
            && body.Count(c => c == '.') <= 1
            && body[0] != '.' && body[^1] != '.'
            && !(body.Length > 1 && body[0] == '0' && body[1] != '.')
            && body.Any(char.IsAsciiDigit);
    }
}
