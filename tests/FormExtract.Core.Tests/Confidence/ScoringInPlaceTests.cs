using System.Text.Json.Nodes;
using FormExtract.Core.Confidence;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Confidence;

/// <summary>
/// The pipeline gives the cells of a form it has just assembled their confidences in place, where the public
/// <see cref="CellConfidence.Score(Form, IReadOnlyList{Finding})"/> copies the form: both must give the same
/// confidences, which holds only while no cell object stands in two places of a document.
/// </summary>
public sealed class ScoringInPlaceTests
{
    private readonly FormValidator _validator = FormValidator.CreateDefault();

    /// <summary>
    /// A model whose probability depends on every feature, the cell's place (its field) among them: a cell shared by
    /// two places would be scored for one of them only, and show.
    /// </summary>
    private static readonly CellConfidence EveryFeature = new((features, probabilities) =>
    {
        var hash = 17.0;
        foreach (var feature in features)
        {
            hash = (hash * 31) + feature;
        }

        probabilities[0] = Math.Abs(Math.Sin(hash));
    }, 0.9);

    public static TheoryData<string> TextFiles() => new(
        [
            Path.Combine("corpus", "text", "shanghai-cdpf-2022.txt"),
            .. Directory.GetFiles(Repository.Path("corpus", "real", "pages"), "*.txt").Where(HoldsIndicators).Select(p => Path.GetRelativePath(Repository.Root, p)).Order(StringComparer.Ordinal),
            // The first two files of each generated text shape.
            .. Directory.GetDirectories(Repository.Path("corpus", "synthetic", "shapes")).Order(StringComparer.Ordinal)
                .SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal).Take(2))
                .Select(p => Path.GetRelativePath(Repository.Root, p)),
        ]);

    /// <summary>Whether an excerpt's expected reading holds a form with indicators (some excerpts are pages that hold none, or cut off before them).</summary>
    private static bool HoldsIndicators(string excerpt) =>
        Repository.Path("corpus", "real", "expected", Path.ChangeExtension(Path.GetFileName(excerpt), ".expected.json")) is var expected
        && File.Exists(expected)
        && JsonNode.Parse(File.ReadAllText(expected))?["forms"] is JsonArray forms
        && forms.Any(f => f?["indicators"] is JsonArray { Count: > 0 });

    [Fact]
    public void An_assembled_form_is_scored_in_place_as_a_copy_of_it_is_scored()
    {
        var copied = Some.Form().WithIndicator(6, i => i with { Score = Some.Number("50") });
        var owned = Some.Form().WithIndicator(6, i => i with { Score = Some.Number("50") });
        var findings = _validator.Validate(copied);
        Assert.NotEmpty(findings);

        var scoredCopy = EveryFeature.Score(copied, findings);
        var scoredInPlace = EveryFeature.ScoreAssembled(owned, findings);

        // The copy leaves its form as it was; the form scored in place is the same object, with its cells scored.
        Assert.All(FormCellMap.Cells(copied), c => Assert.Null(c.Cell.Confidence));
        Assert.Same(owned, scoredInPlace);
        Assert.All(FormCellMap.Cells(owned), c => Assert.NotNull(c.Cell.Confidence));
        Assert.Equal(
            FormCellMap.Cells(scoredCopy).Select(c => (c.Path, c.Cell.Confidence)),
            FormCellMap.Cells(scoredInPlace).Select(c => (c.Path, c.Cell.Confidence)));
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void No_cell_of_an_extracted_document_stands_in_two_places(string file)
    {
        var document = Extract(file, EveryFeature);

        var cells = document.Forms.SelectMany(FormCellMap.Cells).Select(c => c.Cell).ToArray();

        Assert.NotEmpty(cells);
        Assert.Equal(cells.Length, cells.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void The_pipeline_scoring_in_place_writes_what_scoring_copies_writes(string file)
    {
        var inPlace = Extract(file, EveryFeature);
        // The same file read without a model, its forms then scored by copying, as a library user would score them.
        var unscored = Extract(file, confidence: null);
        var copied = unscored with
        {
            Forms = [.. unscored.Forms.Select(f => _validator.Mark(EveryFeature.Score(f, f.Findings), recognised: false))],
        };

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DocumentJson.Serialize(copied)), JsonNode.Parse(DocumentJson.Serialize(inPlace))), file);
    }

    private static FormDocument Extract(string file, CellConfidence? confidence) =>
        new DocumentExtractor([new TextDumpReader()], FormAssembler.Default, FormValidator.CreateDefault(), confidence)
            .Extract(new InputFile(file, File.ReadAllBytes(Repository.Path(file))), CancellationToken.None).Document;
}
