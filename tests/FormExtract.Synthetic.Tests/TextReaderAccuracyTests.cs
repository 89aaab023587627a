using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Tests.Support;
using Xunit.Abstractions;

namespace FormExtract.Synthetic.Tests;

/// <summary>
/// The text reader, assembler and validator run over the committed synthetic text dumps and scored against
/// their truth. The floors are the accuracy measured when this test was written: a drop fails, a rise is
/// welcome (raise the floor with it). Every extracted document must also validate against the schema.
/// </summary>
public sealed class TextReaderAccuracyTests(ITestOutputHelper output)
{
    private const double FieldAccuracyFloor = 1.0;
    private const int MissedFindingsCeiling = 0;
    private const double FreshFieldAccuracyFloor = 0.999;

    private readonly DocumentExtractor _extractor =
        new([new TextDumpReader()], new FormAssembler(CategoryVocabulary.Default), FormValidator.CreateDefault());

    [Fact]
    public void The_text_pipeline_reaches_its_measured_accuracy_on_the_synthetic_dumps()
    {
        var report = AccuracyReport.Empty;
        foreach (var truthPath in Fixtures.TruthFiles("text"))
        {
            var truth = Fixtures.Read(truthPath);
            var rendered = Fixtures.RenderedFileOf(truthPath, truth);
            var result = _extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(rendered)), CancellationToken.None);
            var json = DocumentJson.Serialize(result.Document);
            Assert.Empty(SchemaCheck.Errors(json));
            var fileReport = AccuracyScorer.Score(truth.Source.Path, truth, result.Document);
            output.WriteLine($"{truth.Source.Path}: {fileReport.CorrectCount}/{fileReport.FieldCount} fields, {fileReport.FindingsMissed} findings missed, {fileReport.FindingsFalse} false");
            report = report.Add(fileReport);
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.True(report.Accuracy >= FieldAccuracyFloor, report.ToText());
        Assert.True(report.FindingsMissed <= MissedFindingsCeiling, report.ToText());
    }

    /// <summary>A larger set drawn afresh (not committed), every style of dump, two forms per file.</summary>
    [Fact]
    public void The_text_pipeline_reaches_its_measured_accuracy_on_fresh_forms_in_every_style()
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: 404, formCount: 96, errorFraction: 0.5)).Generate();
        var random = new Random(404);
        var report = AccuracyReport.Empty;
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var style = TextDumpStyle.Standard[index % TextDumpStyle.Standard.Count];
            var printed = FormGenerator.Index(pair);
            if (index % 3 == 0)
            {
                printed = printed.Select(PrintVariants.WithMathOperators).ToArray();
            }

            var file = new TextDumpRenderer(style).Render(printed, random);
            var name = $"fresh-{index:00}-{style.Name}.txt";
            var result = _extractor.Extract(new InputFile(name, file.Bytes), CancellationToken.None);
            report = report.Add(AccuracyScorer.Score(name, GroundTruth.For(name, file), result.Document));
        }

        output.WriteLine(report.ToText(examples: 40));
        Assert.True(report.Accuracy >= FreshFieldAccuracyFloor, report.ToText());
    }
}
