using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using FormExtract.Html;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Tests.Support;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The HTML reader, assembler and validator over the committed synthetic pages (every style) and over fresh
/// forms, scored against their truth: every field and every finding must be right.
/// </summary>
public sealed class HtmlReaderAccuracyTests(ITestOutputHelper output)
{
    private readonly DocumentExtractor _extractor =
        new([new HtmlTableReader()], new FormAssembler(CategoryVocabulary.Default), FormValidator.CreateDefault());

    [Fact]
    public void Every_field_of_the_synthetic_pages_is_read_right()
    {
        var report = AccuracyReport.Empty;
        foreach (var truthPath in Fixtures.TruthFiles("html"))
        {
            var truth = Fixtures.Read(truthPath);
            var rendered = Fixtures.RenderedFileOf(truthPath, truth);
            var result = _extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(rendered)), CancellationToken.None);
            SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
            report = report.Add(AccuracyScorer.Score(truth.Source.Path, truth, result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.Equal(report.FieldCount, report.CorrectCount);
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }

    [Fact]
    public void Every_field_of_fresh_forms_in_every_style_is_read_right()
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: 505, formCount: 48, errorFraction: 0.5)).Generate();
        var report = AccuracyReport.Empty;
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var style = HtmlStyle.Standard[index % HtmlStyle.Standard.Count];
            var file = new HtmlRenderer(style).Render(FormGenerator.Index(pair));
            var name = $"fresh-{index:00}-{style.Name}.html";
            var result = _extractor.Extract(new InputFile(name, file.Bytes), CancellationToken.None);
            report = report.Add(AccuracyScorer.Score(name, GroundTruth.For(name, file), result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.Equal(report.FieldCount, report.CorrectCount);
        Assert.Equal((0, 0), (report.FindingsMissed, report.FindingsFalse));
    }
}
