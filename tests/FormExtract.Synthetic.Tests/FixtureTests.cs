using System.Security.Cryptography;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Shapes;
using FormExtract.Synthetic.Tests.Support;
using FormExtract.Testing;

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
            SchemaAssert.ValidDocument(json);
            var truth = Fixtures.Read(path);
            var rendered = Fixtures.RenderedFileOf(path, truth);
            Assert.True(File.Exists(rendered), $"{rendered} is missing");
            Assert.Equal(truth.Source.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(rendered))));
            Assert.NotEmpty(truth.Forms);
        }
    }

    public static TheoryData<string, string> LayoutKinds => Fixtures.Pairs(SyntheticLayouts.All.Where(l => !l.IsNational).SelectMany(l => new[] { "text", "html" }.Select(k => (l.Id, k))));

    [Theory]
    [MemberData(nameof(LayoutKinds))]
    public void Every_layout_has_fixtures_of_every_kind_whose_truth_matches_its_file(string layout, string kind)
    {
        var truths = Fixtures.LayoutTruthFiles(layout, kind);
        Assert.NotEmpty(truths);
        foreach (var path in truths)
        {
            SchemaAssert.ValidDocument(File.ReadAllText(path));
            var truth = Fixtures.Read(path);
            Assert.Equal(truth.Source.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Fixtures.RenderedFileOf(path, truth)))));
            Assert.All(truth.Forms, f => Assert.Equal(layout, f.Template));
        }
    }

    [Fact]
    public void Every_text_shape_has_fixtures_and_cut_off_forms_are_among_them()
    {
        foreach (var shape in TextShapes.All.Select(TextShapes.NameOf))
        {
            Assert.NotEmpty(Fixtures.ShapeTruthFiles(shape));
        }

        // A file is cut in one of its clean forms; a file of broken forms only is printed whole.
        Assert.Contains(Fixtures.ShapeTruthFiles("cut-off"), path => Fixtures.Read(path).Forms.Any(f => f.Truncated));
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
                            // Points read from a label (预算执行情况(20分), 总分(100分)) or printed with their unit (20分) keep their 分.
                            Assert.True(NumberParser.Parse(number.Text)?.Value == number.Value || PrintedPoints.Split(number.Text).Points == number.Value
                                || NumberParser.Parse(number.Text.TrimEnd('分'))?.Value == number.Value, context);
                            break;
                        case MeasureCell measure:
                            Assert.True(MeasureParser.Parse(measure.Text) == measure.Value || SplitTargetValue(measure) == measure.Value, context);
                            break;
                    }

                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 1000, $"only {checkedCells} cells checked");
    }

    /// <summary>
    /// A split target's value (OUTPUT.md v1.1): the three cells joined are its text, and a 指标性质 that is a word
    /// rather than a comparator (定性 | 及时 | ) is not part of the measure.
    /// </summary>
    private static Measure? SplitTargetValue(MeasureCell measure) =>
        measure.Text.StartsWith("定性", StringComparison.Ordinal) ? MeasureParser.Parse(measure.Text["定性".Length..]) : null;

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
        var rows = new[] { ("total", f.Total), ("fiscal", f.FiscalAppropriation), ("carryover", f.Carryover), ("other", f.Other) }
            .Concat((f.ExtraRows ?? []).Select((row, i) => ($"extra{i}", (FundingRow?)row)));
        foreach (var (name, row) in rows)
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
