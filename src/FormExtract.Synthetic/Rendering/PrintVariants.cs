using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// Ways the same form is printed differently by different archives. Each returns the form as printed:
/// cell texts change, values never do, so the result is still the ground truth of what gets rendered.
/// </summary>
public static class PrintVariants
{
    /// <summary>≥ and ≤ instead of the ASCII <c>&gt;=</c> and <c>&lt;=</c> in targets and actuals.</summary>
    public static Form WithMathOperators(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form with
        {
            Indicators = form.Indicators.Select(i => i with { Target = Operators(i.Target), Actual = Operators(i.Actual) }).ToArray(),
        };
    }

    /// <summary>Wrap artefacts: a space inside long indicator names where a narrow column broke the line.</summary>
    public static Form WithWrapGaps(Form form, Random random, double chance)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(random);
        return form with
        {
            Indicators = form.Indicators.Select(i => i.Name is { } name && name.Text.Length >= 9 && random.NextDouble() < chance
                ? i with { Name = name with { Text = Gap(name.Text, random) } }
                : i).ToArray(),
        };
    }

    private static string Gap(string text, Random random)
    {
        var at = random.Next(text.Length / 2, text.Length - 1);
        return Core.Normalization.TextNormalizer.IsCjk(text[at - 1]) && Core.Normalization.TextNormalizer.IsCjk(text[at])
            ? text[..at] + " " + text[at..]
            : text;
    }

    private static MeasureCell? Operators(MeasureCell? cell) => cell is null
        ? null
        : cell with { Text = cell.Text.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal) };
}
