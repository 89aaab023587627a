using System.Diagnostics;
using System.Globalization;
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
/// Where the confidence model's time on text goes: the forms of the headline's files, read once, then scored over
/// and over as the pipeline scores them (in place, <see cref="CellConfidence.ScoreAssembled"/>), and the steps
/// timed apart: the cells' features, the model's probabilities, and the copy of the form rebuilt with them that
/// scoring a form the pipeline does not hold costs (<see cref="CellConfidence.Score(Form, IReadOnlyList{Finding})"/>);
/// with the JSON's longer output, beside the whole reading of the same files. Prints microseconds and kilobytes
/// allocated per form; scoring and the longer JSON against the reading is the share scoring adds when timed on
/// its own (<see cref="ScoringOverhead"/> measures it within the pipeline).
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
        var cells = forms.Select(FormCellMap.Cells).ToArray();
        var vectors = forms.Select((f, i) => CellFeatures.Of(f, f.Findings).SelectMany(c => c.Features).ToArray()).ToArray();
        var probabilities = vectors.Select(v => new double[v.Length / CellFeatures.Count]).ToArray();
        for (var i = 0; i < forms.Length; i++)
        {
            model.Probabilities(vectors[i], probabilities[i]);
        }

        var confidence = model.Confidence(0.9);
        // The pipeline scores the forms it has just assembled in place (CellConfidence.ScoreAssembled): a set of its own,
        // whose confidences each round overwrites, so that the unscored forms above stay unscored.
        var assembled = inputs.SelectMany((input, i) => extractor.Extract(new InputFile($"file-{i}.txt", input), CancellationToken.None).Document.Forms).ToArray();
        var scoredDocuments = documents.Select(d => d with { Forms = [.. d.Forms.Select(f => confidence.Score(f, f.Findings))] }).ToArray();

        (double Microseconds, double Kilobytes) Time(Action step)
        {
            step();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                step();
            }

            var perForm = (double)rounds * forms.Length;
            return (clock.Elapsed.TotalMicroseconds / perForm, (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / perForm);
        }

        var read = Time(() =>
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                DocumentJson.WriteTo(new CountingStream(), extractor.Extract(new InputFile($"file-{i}.txt", inputs[i]), CancellationToken.None).Document);
            }
        });
        var listing = Time(() =>
        {
            foreach (var form in forms)
            {
                FormCellMap.Cells(form);
            }
        });
        // Apart, the features are listed with a vector a cell (the pipeline computes them into one vector as it walks).
        var features = Time(() =>
        {
            foreach (var form in forms)
            {
                CellFeatures.Of(form, form.Findings);
            }
        });
        var scores = Time(() =>
        {
            for (var i = 0; i < forms.Length; i++)
            {
                model.Probabilities(vectors[i], probabilities[i]);
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
        var scoring = Time(() =>
        {
            foreach (var form in assembled)
            {
                confidence.ScoreAssembled(form, form.Findings);
            }
        });
        var scoredJson = Time(() =>
        {
            foreach (var document in scoredDocuments)
            {
                DocumentJson.WriteTo(new CountingStream(), document);
            }
        });
        var plainJson = Time(() =>
        {
            foreach (var document in documents)
            {
                DocumentJson.WriteTo(new CountingStream(), document);
            }
        });
        var json = (scoredJson.Microseconds - plainJson.Microseconds, scoredJson.Kilobytes - plainJson.Kilobytes);
        string Step((double Microseconds, double Kilobytes) step) => string.Create(CultureInfo.InvariantCulture, $"{step.Microseconds:F1} µs ({step.Kilobytes:F1} KB)");
        Console.WriteLine($"{forms.Length} forms, {cells.Average(c => c.Count):F0} cells a form, {rounds} rounds; per form, time and memory allocated:");
        Console.WriteLine($"  reading unscored (extract and write JSON): {Step(read)}");
        Console.WriteLine($"  scoring a form as the pipeline does {Step(scoring)}, apart: features {Step(features)} (of which listing the cells {Step(listing)}), probabilities {Step(scores)}; a copy of the form rebuilt with them, as scoring a form the pipeline does not hold costs, {Step(map)}");
        Console.WriteLine($"  longer JSON {Step(json)} (the JSON of a scored form {Step(scoredJson)}, of an unscored one {Step(plainJson)})");
        Console.WriteLine($"  scoring's share: {(scoring.Microseconds + json.Item1) / read.Microseconds:P1} of the time, {(scoring.Kilobytes + json.Item2) / read.Kilobytes:P1} of the memory allocated");
    }
}
