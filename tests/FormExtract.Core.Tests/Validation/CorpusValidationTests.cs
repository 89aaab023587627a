using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Validation;

/// <summary>The validator on the 12 forms of the real text dump, read and assembled by the real pipeline.</summary>
public sealed class CorpusValidationTests
{
    private const string CorpusFile = "shanghai-cdpf-2022.txt";

    private static readonly Lazy<FormDocument> Corpus = new(Extract);

    [Fact]
    public void Findings_on_the_real_corpus_are_the_known_ones()
    {
        var findings = Corpus.Value.Forms.SelectMany(form => form.Findings.Select(f => (form.FormIndex, f.Rule, f.Severity, f.Path, f.Stated, f.Expected)));

        Assert.Equal(
            [
                // 1505492 / 1561500 = 96.41%: 9.64 of 10, not 10.
                (0, "budget-score", Severity.Warning, "/funding/score", (string?)"10", (string?)"9.64"),
                // 课题 =2个, 1.6 done: 8 of 10 by the formula, the form gives 6 (and says why).
                (0, "indicator-score", Severity.Info, "/indicators/1/score", "6", "8"),
                (1, "budget-score", Severity.Warning, "/funding/score", "10", "6.04"),
                // 60.37% executed; the only reason given is about a 制度, the goals text speaks of 影响力 only.
                (1, "low-execution", Severity.Warning, "/funding/executionRate", "60.37%", null),
                (2, "budget-score", Severity.Warning, "/funding/score", "10", "8.63"),
                (3, "indicator-score", Severity.Info, "/indicators/8/score", "6", "10"),
                (4, "float-artifact", Severity.Warning, "/totalScore", "90.78999999999999", "90.79"),
                // 9835738 / 10210000 = 96.3343%.
                (5, "execution-rate", Severity.Warning, "/funding/executionRate", "96.34%", "96.33%"),
                (5, "indicator-score", Severity.Info, "/indicators/6/score", "6", "10"),
                (9, "indicator-score", Severity.Info, "/indicators/10/score", "5", "10"),
                // 系统故障维护响应及时性: 不够及时, 5 of 10, no reason given.
                (10, "missing-deviation-reason", Severity.Warning, "/indicators/3/deviationReason", null, null),
            ],
            findings);
    }

    [Fact]
    public void Validated_corpus_is_a_valid_document()
    {
        Assert.Equal(12, Corpus.Value.Forms.Count);
        SchemaAssert.ValidDocument(DocumentJson.Serialize(Corpus.Value));
    }

    private static FormDocument Extract()
    {
        var bytes = File.ReadAllBytes(Repository.Path("corpus", "text", CorpusFile));
        var extractor = new DocumentExtractor([new TextDumpReader()], new FormAssembler(CategoryVocabulary.Default), FormValidator.CreateDefault());
        return extractor.Extract(new InputFile($"corpus/text/{CorpusFile}", bytes), CancellationToken.None).Document;
    }
}
