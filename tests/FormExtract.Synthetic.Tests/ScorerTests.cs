using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Scoring;

namespace FormExtract.Synthetic.Tests;

public sealed class ScorerTests
{
    private static readonly FormDocument Truth = new()
    {
        Source = new SourceInfo { Path = "x.txt", Sha256 = new string('0', 64), Format = SourceFormat.Text },
        Forms = FormGenerator.Index(new FormGenerator(new GeneratorOptions(seed: 11, formCount: 3, errorFraction: 1)).Generate()),
    };

    [Fact]
    public void The_truth_scores_perfectly_against_itself_whatever_its_provenance()
    {
        var withProvenance = Truth with
        {
            Forms = Truth.Forms.Select(f => f with { ProjectName = f.ProjectName! with { Line = 3, Confidence = 0.5 } }).ToArray(),
        };

        var report = AccuracyScorer.Score("x", Truth, withProvenance);

        Assert.Equal(1.0, report.Accuracy);
        Assert.Equal(0, report.FindingsMissed);
        Assert.Equal(0, report.FindingsFalse);
        Assert.True(report.FindingsExpected >= 3);
    }

    [Fact]
    public void A_paragraph_broken_where_the_truth_runs_on_is_different_text_but_right_in_its_words()
    {
        var form = Truth.Forms[0];
        var expected = form.Goals.Expected!.Text;
        var broken = expected[..(expected.Length / 2)] + "\n" + expected[(expected.Length / 2)..];
        var misread = expected[..(expected.Length / 2)] + "\n" + (expected[expected.Length / 2] == '人' ? '大' : '人') + expected[(expected.Length / 2 + 1)..];

        var fields = new[] { broken, misread }.Select(text =>
            AccuracyScorer.Score("x", Truth, Truth with { Forms = [form with { Goals = form.Goals with { Expected = form.Goals.Expected with { Text = text } } }, .. Truth.Forms.Skip(1)] })
                .Fields.Single(f => f.Form == 0 && f.Path == "/goals/expected")).ToArray();

        Assert.False(fields[0].Correct);
        Assert.True(fields[0].CorrectInWords);
        Assert.False(fields[1].CorrectInWords);
        // A figure is compared by its value: white space never makes a wrong one right.
        Assert.False(new FieldComparison("x", 0, "/indicators/0/score", FieldKind.Number, "10", "1 0").CorrectInWords);
    }

    [Fact]
    public void Wrong_and_missing_fields_and_findings_are_counted_per_kind()
    {
        var form = Truth.Forms[0];
        var rows = form.Indicators.ToList();
        rows.RemoveAt(1);
        rows[0] = rows[0] with { Level2 = "质量指标" == rows[0].Level2 ? "数量指标" : "质量指标", Score = new NumberCell { Text = "1", Value = 1m } };
        var damaged = form with
        {
            // Wrap gaps and markup are not errors: the scorer compares normalised text.
            ProjectName = form.ProjectName! with { Text = "<p>" + string.Join(" ", form.ProjectName.Text.ToCharArray()) + "</p>" },
            Department = null,
            Indicators = rows,
            Findings = [new Finding("grade", Severity.Error, "/grade", null, null, "invented")],
        };

        var report = AccuracyScorer.Score("x", Truth, Truth with { Forms = [damaged, .. Truth.Forms.Skip(1)] });

        var wrong = report.Fields.Where(f => !f.Correct).Select(f => f.Path).ToArray();
        Assert.Contains("/department", wrong);
        Assert.Contains("/indicators/0/level2", wrong);
        Assert.Contains("/indicators/0/score", wrong);
        Assert.DoesNotContain("/projectName", wrong);
        var removedRow = report.Fields.Where(f => f.Form == 0 && f.Path.StartsWith("/indicators/1/", StringComparison.Ordinal) && f.Expected is not null).ToArray();
        Assert.NotEmpty(removedRow);
        Assert.All(removedRow, f => Assert.False(f.Correct));
        Assert.True(report.Fields.Where(f => f.Form == 0 && f.Path.StartsWith("/indicators/2/", StringComparison.Ordinal)).All(f => f.Correct));
        Assert.True(report.AccuracyOf(FieldKind.Category) < 1.0);
        Assert.Equal(form.Findings.Count, report.FindingsMissed);
        Assert.Equal(1, report.FindingsFalse);
        Assert.Contains("missed", report.ToText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A black-and-white scan read a second header row as an indicator and misread a character of every name: each
    /// row still pairs with its own truth, not its neighbour's, so its figures count right and the invented row wrong.
    /// </summary>
    [Fact]
    public void Rows_whose_names_were_misread_pair_with_their_own_truth_past_an_invented_row()
    {
        var form = Truth.Forms[0];
        static TextCell Misread(TextCell name)
        {
            var text = (name.Text[0] == '人' ? "大" : "人") + name.Text[1..];
            return name with { Text = text, Value = text };
        }

        var invented = form.Indicators[0] with { Name = new TextCell { Text = "指标性质", Value = "指标性质" }, Weight = null, Score = null };
        var read = form with { Indicators = [invented, .. form.Indicators.Select(i => i with { Name = Misread(i.Name!) })] };

        var report = AccuracyScorer.Score("x", Truth, Truth with { Forms = [read, .. Truth.Forms.Skip(1)] });

        var rows = report.Fields.Where(f => f.Form == 0 && f.Path.StartsWith("/indicators/", StringComparison.Ordinal)).ToArray();
        Assert.All(rows.Where(f => f.Expected is not null && !f.Path.EndsWith("/name", StringComparison.Ordinal)), f => Assert.True(f.Correct, f.Path));
        Assert.All(rows.Where(f => f.Path.EndsWith("/name", StringComparison.Ordinal)), f => Assert.False(f.Correct));
        Assert.Equal("/indicators/0", Assert.Single(rows, f => f.Path.StartsWith("/indicators/+", StringComparison.Ordinal)).ActualPath);
        Assert.Equal("/indicators/1/weight", rows.Single(f => f.Path == "/indicators/0/weight").ActualPath);
    }

    [Fact]
    public void A_doubtful_finding_matches_the_error_its_rule_gives_and_a_false_one_is_no_false_error()
    {
        var form = Truth.Forms[0];
        var expected = form.Findings[0];
        var doubted = expected with
        {
            Severity = Severity.Warning,
            Doubt = new FindingDoubt { Severity = expected.Severity, Cells = [expected.Path] },
        };
        var invented = new Finding("grade", Severity.Warning, "/grade", null, null, "invented")
        {
            Doubt = new FindingDoubt { Severity = Severity.Error, Cells = ["/totalScore"] },
        };
        var read = form with { Findings = [doubted, .. form.Findings.Skip(1), invented] };

        var report = AccuracyScorer.Score("x", Truth, Truth with { Forms = [read, .. Truth.Forms.Skip(1)] });

        Assert.Equal(0, report.FindingsMissed);
        Assert.Equal((1, 0, 2), (report.FindingsFalse, report.FalseErrors, report.FindingsDoubtful));
    }

    [Fact]
    public void An_extraction_that_found_nothing_scores_zero()
    {
        var report = AccuracyScorer.Score("x", Truth, actual: null);

        Assert.Equal(report.Fields.Count(f => f.Expected is null), report.CorrectCount);
        Assert.Equal(report.FindingsExpected, report.FindingsMissed);
    }
}
