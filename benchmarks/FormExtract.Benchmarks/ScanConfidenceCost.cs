using System.Diagnostics;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Benchmarks;

/// <summary>
/// The confidence model's cost on scans: each file read by OCR without the model, then its forms scored as the
/// pipeline scores them (findings, features, trees), the scoring repeated to time it beside the reading.
/// </summary>
internal static class ScanConfidenceCost
{
    public static void Run(IReadOnlyList<string> files)
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = 1, ConfidenceModel = null });
        var confidence = Ml.ConfidenceModel.Load(Repository.Path("models", "confidence.zip")).Confidence(0.9);
        var validator = FormValidator.CreateDefault();
        Console.WriteLine("the confidence model's cost on scans (reading without the model, scoring its forms):");
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var document = extractor.ExtractAsync(file, CancellationToken.None).GetAwaiter().GetResult();
            var reading = clock.Elapsed.TotalMilliseconds;
            const int rounds = 50;
            for (var warm = 0; warm < 5; warm++)
            {
                Score();
            }

            clock.Restart();
            for (var round = 0; round < rounds; round++)
            {
                Score();
            }

            var scoring = clock.Elapsed.TotalMilliseconds / rounds;
            var cells = document.Forms.Sum(f => Core.Confidence.FormCellMap.Cells(f).Count);
            Console.WriteLine($"  {Path.GetFileName(file),-40} {reading,9:F0} ms reading  {scoring,7:F3} ms scoring {cells} cells  {scoring / reading * 100:+0.000}%");

            void Score()
            {
                foreach (var form in document.Forms)
                {
                    var findings = validator.Validate(form);
                    validator.Mark(confidence.Score(form with { Findings = findings }, findings));
                }
            }
        }
    }
}
