using System.Diagnostics;
using FormExtract.Core.Confidence;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Benchmarks;

/// <summary>
/// Where the confidence model's time on text goes: the forms of the headline's files, read once, then each step
/// of scoring timed on its own over and over (the cells' features, the model's probabilities, the form rebuilt
/// with them, and the JSON's longer output), beside the whole reading of the same files. Prints microseconds
/// per form; the steps' sum against the reading is the share scoring adds.
/// </summary>
internal static class ScoringParts
{
    public static void Run(int rounds)
    {
        var model = Ml.ConfidenceModel.Load(Repository.Path("models", "confidence.zip"));
        var validator = FormValidator.CreateDefault();
        var extractor = new DocumentExtractor([new TextDumpReader()], FormAssembler.Default, validator);
        var inputs = Enumerable.Range(0, 8).Select(seed => VariedCorpus.Make(10, seed)).ToArray();
        var documents = inputs.Select((input, i) => extractor.Extract(new InputFile($"file-{i}.txt", input), CancellationToken.None).Document).ToArray();
        var forms = documents.SelectMany(d => d.Forms).ToArray();
        var findings = forms.Select(f => f.Findings).ToArray();
        var vectors = forms.Select((f, i) => CellFeatures.Of(f, findings[i]).Select(c => c.Features).ToArray()).ToArray();
        var probabilities = vectors.Select(v => model.Probabilities(v)).ToArray();
        var scoredDocuments = documents.Select(d => d with { Forms = [.. d.Forms.Select(f => model.Confidence(0.9).Score(f, f.Findings))] }).ToArray();

        double Time(Action step)
        {
            step();
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                step();
            }

            return clock.Elapsed.TotalMicroseconds / rounds / forms.Length;
        }

        var read = Time(() =>
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                DocumentJson.WriteTo(new CountingStream(), extractor.Extract(new InputFile($"file-{i}.txt", inputs[i]), CancellationToken.None).Document);
            }
        });
        var features = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                CellFeatures.Of(forms[i], findings[i]);
            }
        });
        var walk = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                FormCellMap.Cells(forms[i]);
            }
        });
        var hot = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                CellFeatures.Of(forms[0], findings[0]);
            }
        });
        var cellCount = forms.Sum(f => FormCellMap.Cells(f).Count);
        var alloc = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                var cells = FormCellMap.Cells(forms[i]);
                var keep = new float[cells.Count][];
                for (var c = 0; c < keep.Length; c++)
                {
                    keep[c] = new float[CellFeatures.Count];
                }
            }
        });
        var scores = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                model.Probabilities(vectors[i]);
            }
        });
        var map = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                var next = 0;
                var p = probabilities[i];
                FormCellMap.Map(forms[i], (_, cell) => cell with { Confidence = Math.Round(p[next++], 4) });
            }
        });
        var mark = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                validator.Mark(forms[i], recognised: false);
            }
        });
        var json = Time(() =>
        {
            foreach (var document in scoredDocuments)
            {
                DocumentJson.WriteTo(new CountingStream(), document);
            }
        }) - Time(() =>
        {
            foreach (var document in documents)
            {
                DocumentJson.WriteTo(new CountingStream(), document);
            }
        });
        Console.WriteLine($"{forms.Length} forms, {cellCount / (double)forms.Length:F0} cells a form, {rounds} rounds; microseconds per form:");
        Console.WriteLine($"  listing and allocating vectors only: {alloc:F1}; features of one form again and again: {hot:F1}");
        Console.WriteLine($"  reading unscored (extract and write JSON): {read:F1}");
        Console.WriteLine($"  features {features:F1} (of which listing the cells {walk:F1}), probabilities {scores:F1}, form rebuilt {map:F1}, longer JSON {json:F1}; mark (as without the model) {mark:F1}");
        Console.WriteLine($"  scoring's share: {(features + scores + map + json) / read:P1}");
    }
}
