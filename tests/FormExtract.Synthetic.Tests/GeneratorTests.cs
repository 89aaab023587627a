using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Injection;
using FormExtract.Testing;

namespace FormExtract.Synthetic.Tests;

public sealed class GeneratorTests
{
    private static readonly IReadOnlyList<SyntheticForm> Forms = new FormGenerator(new GeneratorOptions(seed: 7, formCount: 48, errorFraction: 0.5)).Generate();

    [Fact]
    public void The_same_seed_gives_the_same_forms_and_another_seed_other_forms()
    {
        static string Json(int seed) => DocumentJson.Serialize(Document(new FormGenerator(new GeneratorOptions(seed, 12)).Generate()));

        Assert.Equal(Json(3), Json(3));
        Assert.NotEqual(Json(3), Json(4));
    }

    /// <summary>
    /// Varied goal texts take the shapes real ones do: some with no figure or number at all, some several hundred
    /// characters long, some numbered as always; numbered texts (the default) always carry one. The forms stay valid.
    /// </summary>
    [Fact]
    public void Varied_goal_texts_take_the_shapes_real_ones_do()
    {
        var varied = new FormGenerator(new GeneratorOptions(seed: 7, formCount: 48, errorFraction: 0.5) { Goals = GoalStyle.Varied }).Generate();
        var texts = varied.SelectMany(f => new[] { f.Truth.Goals.Expected!.Value, f.Truth.Goals.Achieved!.Value }).ToArray();
        var numbered = Forms.SelectMany(f => new[] { f.Truth.Goals.Expected!.Value, f.Truth.Goals.Achieved!.Value }).ToArray();

        Assert.All(numbered, t => Assert.Contains(t, char.IsAsciiDigit));
        Assert.InRange(texts.Count(t => !t.Any(char.IsAsciiDigit)), texts.Length / 5, texts.Length * 4 / 5);
        Assert.Contains(texts, t => t.Length >= 300);
        Assert.Contains(texts, t => t.StartsWith('1'));
        Assert.NotEqual(Json(Forms), Json(varied));
        SchemaAssert.ValidDocument(Json(varied));

        static string Json(IReadOnlyList<SyntheticForm> forms) => DocumentJson.Serialize(Document(forms));
    }

    [Fact]
    public void Every_generated_document_validates_against_the_schema()
    {
        SchemaAssert.ValidDocument(DocumentJson.Serialize(Document(Forms)));
    }

    [Fact]
    public void The_error_fraction_is_kept_and_every_rule_is_broken_with_its_findings_recorded()
    {
        var broken = Forms.Where(f => !f.IsClean).ToArray();
        Assert.Equal(24, broken.Length);
        Assert.Equal(InjectedRules.All.Order(), broken.Select(f => f.InjectedRule!).Distinct().Order());
        Assert.All(broken, f => Assert.Contains(f.Truth.Findings, finding => finding.Rule == f.InjectedRule));
        Assert.All(broken, f => Assert.All(f.Truth.Findings, finding => Assert.StartsWith("/", finding.Path)));
        Assert.All(Forms.Where(f => f.IsClean), f => Assert.Empty(f.Truth.Findings));
    }

    [Fact]
    public void Clean_forms_add_up_as_the_scoring_rules_require()
    {
        // An independent recomputation of the arithmetic of OUTPUT.md over every clean form.
        foreach (var form in Forms.Where(f => f.IsClean).Select(f => f.Truth))
        {
            var funding = form.Funding;
            var indicators = form.Indicators;
            Assert.Equal(100m, form.TotalWeight!.Value);
            Assert.Equal(form.TotalWeight.Value, funding.Weight!.Value + indicators.Sum(i => i.Weight!.Value));
            Assert.Equal(form.TotalScore!.Value, funding.Score!.Value + indicators.Sum(i => i.Score!.Value));
            Assert.Equal([50m, 30m, 10m], indicators.GroupBy(i => i.Level1).Select(g => g.Sum(i => i.Weight!.Value)));
            var rate = funding.Total!.Executed!.Value!.Value / funding.Total.AdjustedBudget!.Value!.Value;
            Assert.True(rate <= 1m);
            Assert.Equal(Math.Round(rate * 100m, 2, MidpointRounding.AwayFromZero), funding.ExecutionRate!.Value * 100m);
            Assert.Equal(Math.Round(10m * rate, 2, MidpointRounding.AwayFromZero), funding.Score.Value);
            foreach (var column in new Func<FundingRow, NumberCell?>[] { r => r.InitialBudget, r => r.AdjustedBudget, r => r.Executed })
            {
                var parts = new[] { funding.FiscalAppropriation, funding.Carryover, funding.Other }.Sum(r => column(r!)?.Value ?? 0m);
                Assert.Equal(column(funding.Total)!.Value, parts);
            }

            Assert.All(indicators, i => Assert.True(i.Score!.Value <= i.Weight!.Value));
            Assert.All(indicators.Where(i => i.Score!.Value < i.Weight!.Value), i => Assert.NotNull(i.DeviationReason));
        }
    }

    [Fact]
    public void Targets_and_actuals_of_every_kind_occur()
    {
        var measures = Forms.SelectMany(f => f.Truth.Indicators).SelectMany(i => new[] { i.Target, i.Actual }).ToArray();
        Assert.Contains(measures, m => m is null);
        Assert.Contains(measures, m => m?.Value?.Qualitative == "及时");
        Assert.Contains(measures, m => m?.Text == "=100%");
        Assert.Contains(measures, m => m?.Value is { Comparator: ">=", Unit: "人次" });
        Assert.Contains(measures, m => m?.Value is { Comparator: "<=", Unit: "万元" });
        Assert.Contains(measures, m => m?.Text.Contains('万', StringComparison.Ordinal) == true && m.Value?.Unit == "人次");
        Assert.Contains(Forms, f => f.Truth.Funding.Unit == "万元");
        Assert.Contains(Forms, f => f.Truth.Funding.Unit == "元");
    }

    private static FormDocument Document(IEnumerable<SyntheticForm> forms) => new()
    {
        Source = new SourceInfo { Path = "generated", Sha256 = new string('0', 64), Format = SourceFormat.Text },
        Forms = FormGenerator.Index(forms),
    };
}
