using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Output;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Template;

/// <summary>
/// A layout is a description, not code: a form printed with other words for the national layout's headers is
/// read in full once a description of those words is added to the catalog, with no reader changed.
/// </summary>
public class LayoutFromDescriptionTests
{
    /// <summary>The national layout's words and the ones the new layout prints instead.</summary>
    private static readonly (string National, string Renamed)[] Renames =
    [
        ("财政项目支出绩效自评表", "专项资金绩效自查表"),
        ("项目名称", "资金项目"),
        ("主管部门", "归口部门"),
        ("年度资金总额", "资金合计"),
        ("三级指标", "考核要点"),
        ("年度指标值", "计划目标"),
        ("实际完成值", "完成结果"),
        ("偏差原因/改进措施", "差异说明"),
    ];

    private const string Description = """
        {
          "id": "special-fund-self-check",
          "extends": "common",
          "name": "专项资金绩效自查表: the national layout with its own header words",
          "formType": "project",
          "support": "full",
          "titles": ["专项资金绩效自查表"],
          "signature": ["资金项目", "归口部门", "资金合计", "考核要点", "计划目标", "完成结果", "差异说明"],
          "header": { "projectName": ["资金项目"], "department": ["归口部门"] },
          "funding": { "rows": { "total": ["资金合计"] } },
          "indicators": {
            "columns": { "name": ["考核要点"], "target": ["计划目标"], "actual": ["完成结果"], "deviationReason": ["差异说明"] }
          }
        }
        """;

    [Fact]
    public void A_form_of_a_described_layout_reads_like_the_national_one()
    {
        var national = File.ReadAllText(Repository.Path("corpus", "synthetic", "text", "text-00-clean.txt"));
        var renamed = Renames.Aggregate(national, static (text, r) => text.Replace(r.National, r.Renamed, StringComparison.Ordinal));
        Assert.NotEqual(national, renamed);

        var expected = Pipelines.ExtractText("national.txt", System.Text.Encoding.UTF8.GetBytes(national)).Document;
        var catalog = TemplateCatalog.Default.With(Description);
        var extractor = new DocumentExtractor([new TextDumpReader(new TextReaderOptions(), catalog)], new FormAssembler(catalog), new FormValidator(ValidationRules.Default, catalog));
        var read = extractor.Extract(new InputFile("renamed.txt", System.Text.Encoding.UTF8.GetBytes(renamed)), CancellationToken.None).Document;

        SchemaAssert.ValidDocument(DocumentJson.Serialize(read));
        var form = Assert.Single(read.Forms);
        Assert.Equal("special-fund-self-check", form.Template);
        Assert.Equal("专项资金绩效自查表", form.Title);
        Assert.Equal(Fields(Assert.Single(expected.Forms)), Fields(form));
    }

    [Fact]
    public void Without_its_description_the_same_form_is_not_read_in_full()
    {
        var national = File.ReadAllText(Repository.Path("corpus", "synthetic", "text", "text-00-clean.txt"));
        var renamed = Renames.Aggregate(national, static (text, r) => text.Replace(r.National, r.Renamed, StringComparison.Ordinal));
        var expected = Pipelines.ExtractText("national.txt", System.Text.Encoding.UTF8.GetBytes(national)).Document;

        var read = Pipelines.ExtractText("renamed.txt", System.Text.Encoding.UTF8.GetBytes(renamed)).Document;

        Assert.True(read.Forms.Count == 0 || Fields(read.Forms[0]) != Fields(expected.Forms[0]));
    }

    /// <summary>What the form says, without the words its layout prints (labels, title, layout id).</summary>
    private static string Fields(Form form) => string.Join("\n",
        [
            $"{form.FiscalYear} {form.ProjectName?.Value} | {form.Department?.Value} | {form.ImplementingUnit?.Value}",
            $"{form.Funding.Unit} {Money(form.Funding.Total)} {Money(form.Funding.FiscalAppropriation)} {Money(form.Funding.Carryover)} {Money(form.Funding.Other)}",
            $"{form.Funding.Weight?.Value} {form.Funding.ExecutionRate?.Value} {form.Funding.Score?.Value}",
            $"{form.Goals.Expected?.Value} || {form.Goals.Achieved?.Value}",
            .. form.Indicators.Select(static i => $"{i.Level1} / {i.Level2} / {i.Name?.Value} | {i.Target?.Text} | {i.Actual?.Text} | {i.Weight?.Value} | {i.Score?.Value} | {i.DeviationReason?.Value}"),
            $"{form.TotalWeight?.Value} {form.TotalScore?.Value}",
            .. form.Findings.Select(static f => $"{f.Rule} {f.Path} {f.Stated} {f.Expected}"),
        ]);

    private static string Money(FundingRow? row) =>
        row is null ? "-" : $"{row.InitialBudget?.Value}/{row.AdjustedBudget?.Value}/{row.Executed?.Value}";
}
