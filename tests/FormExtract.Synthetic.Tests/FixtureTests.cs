using System.Security.Cryptography;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Synthetic.Tests.Support;

namespace FormExtract.Synthetic.Tests;

/// <summary>The committed corpus/synthetic set: every truth is schema-valid, describes its file, and agrees with the contract's normalisation.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Kinds => new() { "text", "html", "pdf", "scan" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_fixtures_whose_truth_validates_and_matches_its_file(string kind)
    {
        var truths = Fixtures.TruthFiles(kind);
        Assert.NotEmpty(truths);
        foreach (var path in truths)
        {
            var json = File.ReadAllText(path);
            var errors = SchemaCheck.Errors(json);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(path)}:\n{string.Join("\n", errors)}");
            var truth = Fixtures.Read(path);
            var rendered = Fixtures.RenderedFileOf(path, truth);
            Assert.True(File.Exists(rendered), $"{rendered} is missing");
            Assert.Equal(truth.Source.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(rendered))));
            Assert.NotEmpty(truth.Forms);
        }
    }

    [Fact]
    public void Every_truth_value_is_what_the_contract_makes_of_its_text()
    {
        var checkedCells = 0;
        foreach (var path in Fixtures.AllTruthFiles())
        {
            foreach (var form in Fixtures.Read(path).Forms)
            {
                foreach (var (where, cell) in Cells(form))
                {
                    var context = $"{Path.GetFileName(path)} form {form.FormIndex} {where}: \"{cell.Text}\"";
                    switch (cell)
                    {
                        case TextCell text:
                            Assert.True(TextNormalizer.Normalize(text.Text) == text.Value, context);
                            break;
                        case NumberCell number when where.EndsWith("executionRate", StringComparison.Ordinal):
                            Assert.True(RateParser.Parse(number.Text)?.Value == number.Value, context);
                            break;
                        case NumberCell number:
                            Assert.True(NumberParser.Parse(number.Text)?.Value == number.Value, context);
                            break;
                        case MeasureCell measure:
                            Assert.True(MeasureParser.Parse(measure.Text) == measure.Value, context);
                            break;
                    }

                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 1000, $"only {checkedCells} cells checked");
    }

    private static IEnumerable<(string Where, Cell Cell)> Cells(Form form)
    {
        var f = form.Funding;
        var cells = new List<(string, Cell?)>
        {
            ("projectName", form.ProjectName), ("department", form.Department), ("implementingUnit", form.ImplementingUnit),
            ("goals/expected", form.Goals.Expected), ("goals/achieved", form.Goals.Achieved),
            ("funding/weight", f.Weight), ("funding/executionRate", f.ExecutionRate), ("funding/score", f.Score),
            ("totalWeight", form.TotalWeight), ("totalScore", form.TotalScore),
        };
        foreach (var (name, row) in new[] { ("total", f.Total), ("fiscal", f.FiscalAppropriation), ("carryover", f.Carryover), ("other", f.Other) })
        {
            cells.AddRange([($"funding/{name}/initial", row?.InitialBudget), ($"funding/{name}/adjusted", row?.AdjustedBudget), ($"funding/{name}/executed", row?.Executed)]);
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            cells.AddRange([($"indicators/{i}/name", row.Name), ($"indicators/{i}/target", row.Target), ($"indicators/{i}/actual", row.Actual),
                ($"indicators/{i}/weight", row.Weight), ($"indicators/{i}/score", row.Score), ($"indicators/{i}/deviationReason", row.DeviationReason)]);
        }

        return cells.Where(c => c.Item2 is not null).Select(c => (c.Item1, c.Item2!));
    }
}
