using System.Globalization;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// Writes the 年度总体目标 texts: numbered parts, long, sometimes wrapped in <c>&lt;p&gt;</c> paragraphs as
/// in the real dump. The value is the text with its markup gone, one line per paragraph. In the
/// <see cref="GoalStyle.Varied"/> style a text is, in turn by chance, numbered as always, one sentence, sentences
/// run on with no number or figure, or many parts: forms across the provinces write all of these, and a goal with
/// no figure in it, or one of several hundred characters, is as common in them as a numbered one.
/// </summary>
internal static class GoalWriter
{
    public static PrintedText Expected(Random random, Theme theme, GoalStyle style)
    {
        if (style == GoalStyle.Numbered)
        {
            return Expected(random, theme);
        }

        var activities = random.Sample(theme.Activities, 3);
        var beneficiary = random.Pick(theme.Beneficiaries);
        switch (random.Next(4))
        {
            case 0:
                return Expected(random, theme);
            case 1:
                return PrintedText.Plain(Format(random.Pick(ContentVocabulary.GoalSentences), activities[0], beneficiary, random.Pick(theme.Purposes)));
            case 2:
                {
                    var parts = new List<string> { Format(random.Pick(ContentVocabulary.GoalSentences), activities[0], beneficiary, random.Pick(theme.Purposes)) };
                    parts.AddRange(Details(random, random.Next(1, 7), activities[1], beneficiary));
                    return RunOn(random, parts);
                }

            default:
                {
                    var parts = new List<string>
                    {
                        Format(random.Pick(ContentVocabulary.GoalOpenings), activities[0], activities[1], random.Pick(theme.Purposes)),
                    };
                    parts.AddRange(Details(random, random.Next(3, 8), activities[2], beneficiary));
                    return Compose(random, parts);
                }
        }
    }

    /// <inheritdoc cref="Achieved(Random, Theme, FundingDraft, bool?)"/>
    public static PrintedText Achieved(Random random, Theme theme, FundingDraft funding, bool? cause, GoalStyle style)
    {
        if (style == GoalStyle.Numbered)
        {
            return Achieved(random, theme, funding, cause);
        }

        var activity = random.Pick(theme.Activities);
        var beneficiary = random.Pick(theme.Beneficiaries);
        PrintedText text;
        switch (random.Next(4))
        {
            case 0:
                return Achieved(random, theme, funding, cause);
            case 1:
                {
                    // One or two sentences, no figure: what was done and what it brought (or, unexplained, a plain account).
                    var parts = cause == false
                        ? new List<string> { random.Pick(ContentVocabulary.PlainAchieved) }
                        : new List<string> { Format(random.Pick(ContentVocabulary.AchievedOutputs), activity, beneficiary) + "，" + Format(random.Pick(ContentVocabulary.AchievedEffects), beneficiary) };
                    if (cause == true)
                    {
                        parts.Add(Format(random.Pick(ContentVocabulary.ShortfallCauses), activity));
                    }

                    text = RunOn(random, parts);
                    break;
                }

            case 2:
                {
                    // Sentences run on, no number and no figure.
                    var output = Format(random.Pick(ContentVocabulary.AchievedOutputs), activity, beneficiary) + "。";
                    text = RunOn(random, Account(random, output, activity, beneficiary, cause, 1, 4, string.Empty));
                    break;
                }

            default:
                {
                    // Many numbered parts, the budget's figures first.
                    var output = "产出情况：" + Format(random.Pick(ContentVocabulary.AchievedOutputs), activity, beneficiary);
                    text = Compose(random, [Budget(funding), .. Account(random, output, activity, beneficiary, cause, 2, 5, "效果体现：")]);
                    break;
                }
        }

        return cause == false ? Unexplained(text) : text;
    }

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
        var budget = Budget(funding);
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
        return cause == false ? Unexplained(text) : text;
    }

    /// <summary>
    /// What was done (<paramref name="output"/>), a shortfall's cause where there is one, <paramref name="fewest"/> to
    /// <paramref name="most"/> more parts, and what it brought after <paramref name="effectLabel"/> (or, unexplained, a
    /// plain account).
    /// </summary>
    private static List<string> Account(Random random, string output, string activity, string beneficiary, bool? cause, int fewest, int most, string effectLabel)
    {
        var parts = new List<string> { output };
        if (cause == true)
        {
            parts.Add(Format(random.Pick(ContentVocabulary.ShortfallCauses), activity));
        }

        parts.AddRange(random.Sample(ContentVocabulary.AchievedDetails, random.Next(fewest, most + 1)).Select(d => Format(d, activity, beneficiary)));
        parts.Add(cause == false ? random.Pick(ContentVocabulary.PlainAchieved) : effectLabel + Format(random.Pick(ContentVocabulary.AchievedEffects), beneficiary));
        return parts;
    }

    private static string Budget(FundingDraft funding) =>
        Format("预算执行：项目本年度执行数{0}{1}，执行率{2}", funding.Total.Executed!.Text.Replace(",", string.Empty, StringComparison.Ordinal), funding.Unit, funding.Rate.Text);

    /// <summary>A text that must leave a low rate unexplained, checked to name no cause.</summary>
    private static PrintedText Unexplained(PrintedText text) =>
        SelfEvaluationTemplate.CauseMarkers.Any(m => text.Value.Contains(m, StringComparison.Ordinal))
            ? throw new InvalidOperationException("The plain achieved text names a cause: " + text.Value)
            : text;

    /// <summary><paramref name="count"/> parts of a goal text from every list of them, none twice.</summary>
    private static IEnumerable<string> Details(Random random, int count, string activity, string beneficiary) =>
        random.Sample<string>([.. ContentVocabulary.GoalDetails, .. ContentVocabulary.MoreGoalDetails], count).Select(d => Format(d, activity, beneficiary));

    /// <summary>Sentences with no number before them: one line, or each in its own <c>&lt;p&gt;</c> (one line of the value each).</summary>
    private static PrintedText RunOn(Random random, List<string> parts)
    {
        var sentences = parts.Select(p => p.EndsWith('。') ? p : p + "。").ToArray();
        if (sentences.Length > 1 && random.Next(3) == 0)
        {
            return new PrintedText(string.Join(" ", sentences.Select(p => "<p>" + p + "</p>")), string.Join("\n", sentences));
        }

        var line = string.Concat(sentences);
        return new PrintedText(line, line);
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
