using System.Text.Json.Nodes;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Validation;

public sealed class FormValidatorTests
{
    private static readonly string[] TableOrder =
    [
        "funding-breakdown", "execution-rate", "budget-score", "executed-exceeds-budget", "score-exceeds-weight",
        "indicator-score", "missing-deviation-reason", "total-weight", "weight-split", "total-score", "float-artifact",
        "low-execution", "grade",
    ];

    /// <summary>A form that breaks every rule once or more.</summary>
    private static Form BrokenForm() =>
        (Some.Form(Some.Funding(100000m, 60370m))
            .WithFunding(f => f with
            {
                FiscalAppropriation = Some.FundingRow(Some.FiscalLabel, 100000m, 100000m, 60000m),
                ExecutionRate = Some.Rate("66.37%"),
                Score = Some.Number("10.5"),
            })
            .WithTotalRow(r => r with { Executed = Some.Number("160370") })
            .WithIndicator(1, i => i with { Target = Some.Measure("=2个"), Actual = Some.Measure("1.6"), Score = Some.Number("6") })
            // 4.999999999999999 is read as 5: full marks, so no deviation reason is wanted.
            .WithIndicator(4, i => i with { Weight = Some.Number("5"), Score = Some.Number("4.999999999999999") })
            with
            {
                TotalWeight = Some.Number("100"),
                TotalScore = Some.Number("90.78999999999999"),
                Grade = Some.Text("良"),
            });

    [Fact]
    public void Default_rules_follow_the_table_of_OUTPUT_md()
    {
        Assert.Equal(TableOrder, FormValidator.CreateDefault().RuleIds);
        Assert.Equal(TableOrder, ValidationRules.Default.Select(r => r.Id));
    }

    [Fact]
    public void Consistent_form_has_no_findings()
    {
        Assert.Empty(FormValidator.CreateDefault().Validate(Some.Form()));
    }

    [Fact]
    public void Findings_come_in_rule_order_then_in_the_order_of_the_form()
    {
        var findings = FormValidator.CreateDefault().Validate(BrokenForm());

        Assert.Equal(
            [
                ("funding-breakdown", "/funding/total/executed"),
                ("execution-rate", "/funding/executionRate"),
                ("budget-score", "/funding/score"),
                ("executed-exceeds-budget", "/funding/total/executed"),
                ("score-exceeds-weight", "/funding/score"),
                ("indicator-score", "/indicators/1/score"),
                ("missing-deviation-reason", "/indicators/1/deviationReason"),
                ("total-weight", "/totalWeight"),
                ("weight-split", "/indicators/0"),
                ("total-score", "/totalScore"),
                ("float-artifact", "/indicators/4/score"),
                ("float-artifact", "/totalScore"),
                ("grade", "/grade"),
            ],
            findings.Select(f => (f.Rule, f.Path)));
        Assert.Equal(TableOrder.Except(["low-execution"]), findings.Select(f => f.Rule).Distinct());
        Assert.Equal(findings, FormValidator.CreateDefault().Validate(BrokenForm()));
    }

    [Fact]
    public void Every_finding_points_at_a_member_of_the_written_form()
    {
        var form = BrokenForm().Validated();
        var json = JsonNode.Parse(DocumentJson.Serialize(Document(form)))!["forms"]![0]!;

        foreach (var finding in form.Findings)
        {
            Assert.True(Resolves(json, finding.Path), $"{finding.Rule}: {finding.Path} is not in the form's JSON");
        }
    }

    [Fact]
    public void Validated_forms_are_valid_documents()
    {
        var document = Document(Some.Form().Validated(), BrokenForm().Validated() with { FormIndex = 1 });

        var json = DocumentJson.Serialize(document);

        SchemaAssert.ValidDocument(json);
        Assert.Contains("\"rule\": \"indicator-score\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"info\"", json, StringComparison.Ordinal);
    }

    private static FormDocument Document(params Form[] forms) => new()
    {
        Source = new SourceInfo { Path = "corpus/text/example.txt", Sha256 = new string('0', 64), Format = SourceFormat.Text, Encoding = "utf-8" },
        Forms = forms,
    };

    private static bool Resolves(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        var segments = pointer.Split('/')[1..];
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (node)
            {
                case JsonObject obj when obj.ContainsKey(segments[i]):
                    node = obj[segments[i]];
                    break;
                case JsonArray array when int.TryParse(segments[i], out var index) && index < array.Count:
                    node = array[index];
                    break;
                default:
                    return false;
            }

            if (node is null && !last)
            {
                return false;
            }
        }

        return true;
    }
}
