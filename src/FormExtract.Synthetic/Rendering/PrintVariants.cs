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

    /// <summary>年初预算数 left empty on every funding row, as some provinces print the form (云南 临翔, 明朗中学).</summary>
    public static Form WithoutInitialBudget(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        static FundingRow? Blank(FundingRow? row) => row is null ? null : row with { InitialBudget = null };
        var funding = form.Funding;
        return form with
        {
            Funding = funding with
            {
                Total = Blank(funding.Total),
                FiscalAppropriation = Blank(funding.FiscalAppropriation),
                Carryover = Blank(funding.Carryover),
                Other = Blank(funding.Other),
                ExtraRows = funding.ExtraRows?.Select(r => Blank(r)!).ToArray(),
            },
        };
    }

    /// <summary>
    /// Goal texts as a page's text keeps them: the <c>&lt;p&gt;</c> markup gone, the paragraphs run on
    /// (<paramref name="separator"/> empty) or kept on lines of their own (a line break).
    /// </summary>
    public static Form WithPlainGoals(Form form, string separator)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(separator);
        TextCell? Plain(TextCell? cell)
        {
            if (cell is null)
            {
                return null;
            }

            var text = string.Join(separator, cell.Value.Split('\n'));
            return cell with { Text = text, Value = Core.Normalization.TextNormalizer.Normalize(text) };
        }

        return form with { Goals = form.Goals with { Expected = Plain(form.Goals.Expected), Achieved = Plain(form.Goals.Achieved) } };
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
