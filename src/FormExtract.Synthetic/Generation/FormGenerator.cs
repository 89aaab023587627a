using FormExtract.Core.Model;
using FormExtract.Synthetic.Injection;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// Makes realistic 财政项目支出绩效自评表 forms of one layout with their ground truth. Everything is drawn from one
/// <see cref="Random"/> seeded by the options, so the same options always give the same forms.
/// </summary>
public sealed class FormGenerator
{
    private readonly GeneratorOptions _options;

    public FormGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<SyntheticForm> Generate()
    {
        var random = new Random(_options.Seed);
        var brokenCount = (int)Math.Round(_options.FormCount * _options.ErrorFraction, MidpointRounding.AwayFromZero);
        var broken = random.Sample(Enumerable.Range(0, _options.FormCount).ToArray(), brokenCount).Order().ToArray();
        var forms = new List<SyntheticForm>(_options.FormCount);
        var nextRule = _options.FirstRule;
        for (var i = 0; i < _options.FormCount; i++)
        {
            string? rule = null;
            if (Array.BinarySearch(broken, i) >= 0)
            {
                var rules = _options.Layout.Rules;
                rule = rules[nextRule++ % rules.Count];
            }

            forms.Add(GenerateOne(random, rule));
        }

        return forms;
    }

    private SyntheticForm GenerateOne(Random random, string? rule)
    {
        // A draft may offer no place for the chosen break (no qualitative row, say): draw another.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var theme = random.Pick(ContentVocabulary.Themes);
            IReadOnlyList<string> rules = rule is null ? [] : CompoundBreaks.Rules(random, rule, _options.Layout.Rules, _options.BreaksPerForm);
            var draft = Draft(random, theme, rules);
            var printer = _options.Layout.Printer;
            if (rule is null)
            {
                return new SyntheticForm(printer.Truth(WithGrade(random, draft), [], random), null);
            }

            if (Inject(random, draft, rule, rules, theme) is { } injected)
            {
                var broken = rule == InjectedRules.Grade ? injected.Draft : WithGrade(random, injected.Draft);
                return new SyntheticForm(printer.Truth(broken, injected.Findings, random), rule);
            }
        }

        throw new InvalidOperationException($"No draft offered a place to break the rule {rule}.");
    }

    /// <summary>
    /// The draft broken by each of <paramref name="rules"/> in turn, with all their findings; null where it offers no
    /// place for <paramref name="rule"/>, its own. A rule added beside it that finds no place is left out.
    /// </summary>
    private static (FormDraft Draft, IReadOnlyList<Finding> Findings)? Inject(Random random, FormDraft draft, string rule, IReadOnlyList<string> rules, Theme theme)
    {
        var findings = new List<Finding>();
        foreach (var each in rules)
        {
            if (ErrorInjector.Inject(random, draft, each, theme) is { } injected)
            {
                draft = injected.Draft;
                findings.AddRange(injected.Findings);
            }
            else if (each == rule)
            {
                return null;
            }
        }

        return (draft, findings);
    }

    private FormDraft Draft(Random random, Theme theme, IReadOnlyList<string> rules)
    {
        var profile = _options.Layout.Profile;
        // At most one of the rules asks for a rate (one a stage; see CompoundBreaks).
        var rate = rules.Select(r => ErrorInjector.RateFor(random, r)).FirstOrDefault(r => r is not null)
            ?? (profile.LowRates ? FundingFactory.DrawRate(random) : FundingFactory.DrawHighRate(random));
        var funding = FundingFactory.Create(random, rate, profile);
        var indicators = IndicatorFactory.Create(random, theme, profile);
        bool? cause = funding.TrueRate < FundingFactory.LowExecution ? true : null;
        if (rules.Contains(InjectedRules.LowExecution))
        {
            // Unexplained: every row keeps its points (so no deviation reason) and the achieved text names no cause.
            indicators = indicators.Select(row => row.Score.Value < row.Weight.Value
                ? IndicatorFactory.Redraw(random, row, row.Pattern, met: true, theme)
                : row).ToArray();
            indicators = indicators.Select(row => row with { Score = row.Weight, Reason = string.Empty }).ToArray();
            cause = false;
        }

        // Points in the group labels are drawn only where the layout prints them, so the national draws stay as they were.
        var points = profile.GroupPointsChance > 0 && (random.Chance(profile.GroupPointsChance) || (rules.Contains(InjectedRules.WeightSplit) && !profile.UsualSplit));
        var draft = new FormDraft(
            profile.FiscalYear ?? _options.FiscalYear,
            random.Pick(theme.Projects),
            theme.Department,
            random.Pick(theme.Units),
            funding,
            GoalWriter.Expected(random, theme, _options.Goals),
            GoalWriter.Achieved(random, theme, funding, cause, _options.Goals),
            indicators,
            Figures.Trimmed(profile.TotalWeight),
            Figures.Trimmed(0m))
        {
            Profile = profile,
            PrintsGroupPoints = points,
        };
        return ErrorInjector.WithConsistentTotal(draft);
    }

    /// <summary>Some forms state the 评价等级 their stated 总分 earns (the grade rule reads the stated figure).</summary>
    private static FormDraft WithGrade(Random random, FormDraft draft) => random.Chance(draft.Profile.GradeChance)
        ? draft with { Grade = GradeWords.Spell(random, ErrorInjector.GradeFor(draft.TotalScore.Value)) }
        : draft;

    /// <summary>Numbers the forms of one file in reading order.</summary>
    public static IReadOnlyList<Form> Index(IEnumerable<SyntheticForm> forms) =>
        forms.Select((f, i) => f.Truth with { FormIndex = i }).ToArray();
}
