using System.CommandLine;
using System.Globalization;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Scoring;
using Serilog;

namespace FormExtract.Synthetic.Tool;

/// <summary>
/// <c>score</c>: compares extracted documents with the ground truth. For every <c>x.expected.json</c> under
/// the truth folder (describing <c>x.txt</c>, say) it reads <c>x.txt.json</c> (as <c>formextract extract
/// --out</c> names it) or <c>x.json</c> at the same relative place under the extracted folder; a missing one
/// counts as an extraction that found nothing.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(ILogger logger)
    {
        var truth = new Argument<DirectoryInfo>("truth") { Description = "Folder with the rendered files and their name.expected.json." };
        var extracted = new Argument<DirectoryInfo>("extracted") { Description = "Folder with the extracted name.json documents." };
        var minimum = new Option<double?>("--min-accuracy") { Description = "Exit with 1 when field accuracy is below this (0..1)." };
        var examples = new Option<int>("--examples") { Description = "Wrong fields to list.", DefaultValueFactory = _ => 20 };
        var command = new Command("score", "Print field accuracy per kind and the findings missed or reported falsely.")
        {
            truth, extracted, minimum, examples,
        };
        command.SetAction(parse =>
        {
            var truthRoot = parse.GetValue(truth)!.FullName;
            var extractedRoot = parse.GetValue(extracted)!.FullName;
            var report = AccuracyReport.Empty;
            foreach (var expectedPath in Directory.EnumerateFiles(truthRoot, "*" + GroundTruth.Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(truthRoot, expectedPath);
                var expected = DocumentJson.Deserialize(File.ReadAllText(expectedPath));
                var folder = Path.Combine(extractedRoot, Path.GetDirectoryName(relative) ?? string.Empty);
                var actualPath = new[] { expected.Source.Path + ".json", Path.GetFileName(relative)[..^GroundTruth.Suffix.Length] + ".json" }
                    .Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
                var actual = actualPath is null ? null : DocumentJson.Deserialize(File.ReadAllText(actualPath));
                if (actual is null)
                {
                    logger.Warning("No extraction for {Truth}", relative);
                }

                report = report.Add(AccuracyScorer.Score(relative[..^GroundTruth.Suffix.Length], expected, actual));
            }

            parse.InvocationConfiguration.Output.Write(report.ToText(parse.GetValue(examples)));
            var floor = parse.GetValue(minimum);
            if (floor is { } f && report.Accuracy < f)
            {
                logger.Error("Field accuracy {Accuracy} is below {Minimum}", report.Accuracy.ToString("P2", CultureInfo.InvariantCulture), f);
                return 1;
            }

            return 0;
        });
        return command;
    }
}
