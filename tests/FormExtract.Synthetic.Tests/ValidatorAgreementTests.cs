using FormExtract.Core.Model;
using FormExtract.Core.Validation;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Injection;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Scoring;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The validator, run on the ground truth (findings removed), reports exactly the findings the injection
/// recorded: none on clean forms, and on each broken form those of its injected error (rule, severity, path).
/// </summary>
public sealed class ValidatorAgreementTests
{
    private readonly FormValidator _validator = FormValidator.CreateDefault();

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void The_validator_reports_exactly_the_recorded_findings_for_every_rule(int seed)
    {
        var forms = new FormGenerator(new GeneratorOptions(seed, formCount: 120, errorFraction: 0.6)).Generate();
        Assert.Equal(InjectedRules.All.Order(), forms.Where(f => !f.IsClean).Select(f => f.InjectedRule!).Distinct().Order());

        var disagreements = forms.Select((f, i) => Disagreement($"form {i} ({f.InjectedRule ?? "clean"})", f.Truth)).OfType<string>().ToArray();

        Assert.True(disagreements.Length == 0, string.Join("\n", disagreements));
    }

    public static TheoryData<string> Layouts => [.. SyntheticLayouts.All.Where(l => !l.IsNational).Select(l => l.Id)];

    /// <summary>
    /// Every layout's forms, read with that layout's rules (its budget weight, total, split, rate base): each injected
    /// error is reported where the injection says, and nothing else is.
    /// </summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layouts_rules_report_exactly_the_recorded_findings(string id)
    {
        var layout = SyntheticLayouts.Find(id)!;
        var forms = new FormGenerator(new GeneratorOptions(41, formCount: 90, errorFraction: 0.6, layout: layout)).Generate();
        Assert.Equal(layout.Rules.Order(), forms.Where(f => !f.IsClean).Select(f => f.InjectedRule!).Distinct().Order());
        Assert.All(forms, f => Assert.Equal(id, f.Truth.Template));

        var disagreements = forms.Select((f, i) => Disagreement($"{id} form {i} ({f.InjectedRule ?? "clean"})", f.Truth)).OfType<string>().ToArray();

        Assert.True(disagreements.Length == 0, string.Join("\n", disagreements));
    }

    public static TheoryData<string> AllLayouts => [.. SyntheticLayouts.All.Select(l => l.Id)];

    /// <summary>
    /// Forms that break several sums at once, as real forms whose weights do not add up do: every rule the form was
    /// broken on is reported where the injection says, and nothing else is, in every layout.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void Forms_breaking_several_rules_report_exactly_the_recorded_findings(string id)
    {
        var layout = SyntheticLayouts.Find(id)!;
        var forms = new FormGenerator(new GeneratorOptions(43, formCount: 90, errorFraction: 0.6, layout: layout)
        {
            BreaksPerForm = GeneratorOptions.MaxBreaksPerForm,
        }).Generate();
        var broken = forms.Where(f => !f.IsClean).ToArray();
        var rulesBroken = broken.Select(f => f.Truth.Findings.Select(x => x.Rule).Distinct().Count()).ToArray();
        Assert.All(broken, f => Assert.Contains(f.InjectedRule!, f.Truth.Findings.Select(x => x.Rule)));
        // A layout breaks only the sums it prints (the 20-point budget form has no 总分 分值 rule, say).
        Assert.True(rulesBroken.Average() >= 2 && rulesBroken.Any(n => n >= 3), $"{id}: rules broken a form: {string.Join(",", rulesBroken)}");

        var disagreements = forms.Select((f, i) => Disagreement($"{id} form {i} ({f.InjectedRule ?? "clean"})", f.Truth)).OfType<string>().ToArray();

        Assert.True(disagreements.Length == 0, string.Join("\n", disagreements));
    }

    /// <summary>
    /// Goal texts written as forms across the provinces write them (one sentence, no figure, many parts): the
    /// achieved text of an unexplained low rate still names no cause, so every layout's findings are still exactly
    /// the recorded ones.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void Varied_goal_texts_report_exactly_the_recorded_findings(string id)
    {
        var layout = SyntheticLayouts.Find(id)!;
        var forms = new FormGenerator(new GeneratorOptions(47, formCount: 90, errorFraction: 0.6, layout: layout) { Goals = GoalStyle.Varied }).Generate();
        Assert.Equal(layout.Rules.Order(), forms.Where(f => !f.IsClean).Select(f => f.InjectedRule!).Distinct().Order());

        var disagreements = forms.Select((f, i) => Disagreement($"{id} form {i} ({f.InjectedRule ?? "clean"})", f.Truth)).OfType<string>().ToArray();

        Assert.True(disagreements.Length == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void The_validator_agrees_with_the_truth_of_every_committed_fixture()
    {
        var disagreements = Support.Fixtures.AllTruthFiles()
            .SelectMany(path => Support.Fixtures.Read(path).Forms.Select(f => Disagreement($"{Path.GetFileName(path)} form {f.FormIndex}", f)))
            .OfType<string>().ToArray();

        Assert.True(disagreements.Length == 0, string.Join("\n", disagreements));
    }

    private string? Disagreement(string name, Form truth)
    {
        var reported = _validator.Validate(truth with { Findings = [] });
        var wrong = AccuracyScorer.CompareFindings(name, 0, truth.Findings, reported).Where(c => c.Missed || c.False).ToArray();
        return wrong.Length == 0
            ? null
            : $"{name}: " + string.Join("; ", wrong.Select(c => $"{(c.Missed ? "not reported" : "reported")} {c.Rule} ({c.Severity}) at {c.Path}"));
    }
}
