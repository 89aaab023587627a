using System.Globalization;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// Writes the 年度总体目标 texts: numbered parts, long, sometimes wrapped in <c>&lt;p&gt;</c> paragraphs as
/// in the real dump. The value is the text with its markup gone, one line per paragraph.
/// </summary>
internal static class GoalWriter
{
    public static PrintedText Expected(Random random, Theme theme)
    {
        var activities = random.Sample(theme.Activities, 3);
        var parts = new List<string>
        {
            Format(random.Pick(ContentVocabulary.GoalOpenings), activities[0], activities[1], random.Pick(theme.Purposes)),
        };
        foreach (var detail in random.Sample(ContentVocabulary.GoalDetails, random.Next(1, 4)))
        {
            parts.Add(Format(detail, activities[2], random.Pick(theme.Beneficiaries)));
        }

        return Compose(random, parts);
    }

    /// <summary>
    /// The achieved text. <paramref name="cause"/> true adds a sentence explaining a shortfall; false keeps
    /// the text free of every cause marker, so that a low rate stays unexplained.
    /// </summary>
    public static PrintedText Achieved(Random random, Theme theme, FundingDraft funding, bool? cause)
    {
        var activity = random.Pick(theme.Activities);
        var beneficiary = random.Pick(theme.Beneficiaries);
        var budget = Format("预算执行：项目本年度执行数{0}{1}，执行率{2}", funding.Total.Executed!.Text.Replace(",", string.Empty, StringComparison.Ordinal),
            funding.Unit, funding.Rate.Text);
        var output = "产出情况：" + Format(random.Pick(ContentVocabulary.AchievedOutputs), activity, beneficiary);
        var effect = "效果体现：" + Format(random.Pick(ContentVocabulary.AchievedEffects), beneficiary);
        var parts = new List<string> { budget, output, effect };
        if (cause == true)
        {
            parts.Insert(1, Format(random.Pick(ContentVocabulary.ShortfallCauses), activity));
        }
        else if (cause == false)
        {
            parts = [budget, random.Pick(ContentVocabulary.PlainAchieved)];
        }

        var text = Compose(random, parts);
        if (cause == false && SelfEvaluationTemplate.CauseMarkers.Any(m => text.Value.Contains(m, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("The plain achieved text names a cause: " + text.Value);
        }

        return text;
    }

    private static PrintedText Compose(Random random, List<string> parts)
    {
        var mark = random.Pick(ContentVocabulary.ListMarks);
        var numbered = parts.Select((p, i) => Format(mark, i + 1) + Terminate(p)).ToArray();
        switch (random.Next(3))
        {
            case 0:
                // One paragraph, the parts run on: the value is one line.
                var line = string.Concat(numbered);
                return new PrintedText(line, line);
            case 1:
                // Word exports wrap each part in <p>; the dump keeps the markup and puts a space between.
                var printed = string.Join(" ", numbered.Select(p => "<p>" + p + "</p>"));
                return new PrintedText(printed, string.Join("\n", numbered));
            default:
                var single = string.Concat(numbered);
                return new PrintedText("<p>" + single + "</p>", single);
        }
    }

    private static string Terminate(string part) => part.EndsWith('。') || part.EndsWith('；') ? part : part + "；";

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
