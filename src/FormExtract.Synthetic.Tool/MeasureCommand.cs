using System.CommandLine;
using System.Globalization;
using System.Text;
using FormExtract.Core.Output;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Synthetic.Shapes;
using Serilog;

namespace FormExtract.Synthetic.Tool;

/// <summary>
/// <c>measure</c>: generates fresh forms (as <c>generate</c> does, into a work folder), reads every file with the
/// readers the CLI uses (each document written beside its file as <c>x.txt.json</c>), and prints the accuracy per
/// layout and kind, and per text shape, as a Markdown table.
/// </summary>
internal static class MeasureCommand
{
    public static Command Create(ILogger logger)
    {
        var work = new Option<DirectoryInfo>("--work", "-w") { Description = "Folder to generate into (emptied first).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var forms = new Option<int>("--forms", "-n") { Description = "Forms per kind, per layout and per text shape.", DefaultValueFactory = _ => 20 };
        var kinds = new Option<CorpusKind[]>("--kind", "-k") { Description = "Kinds to measure (repeatable; default none).", AllowMultipleArgumentsPerToken = true };
        var layouts = new Option<string[]>("--layout", "-l") { Description = "Layouts to measure (repeatable; default all).", AllowMultipleArgumentsPerToken = true };
        layouts.AcceptOnlyFromAmong([.. SyntheticLayouts.All.Select(l => l.Id)]);
        var shapes = new Option<string[]>("--shape", "-s") { Description = "Text shapes to measure ('all' for every one).", AllowMultipleArgumentsPerToken = true };
        shapes.AcceptOnlyFromAmong([.. TextShapes.All.Select(TextShapes.NameOf), "all"]);
        var scans = new Option<int?>("--scan-forms") { Description = "Forms of the scan kind (default: --forms)." };
        var errors = new Option<double>("--error-fraction") { Description = "Share of forms with one injected error.", DefaultValueFactory = _ => 1.0 / 3 };
        var examples = new Option<int>("--examples") { Description = "Wrong fields and findings to list per group.", DefaultValueFactory = _ => 0 };
        var command = new Command("measure", "Generate fresh forms, extract them with the CLI's readers and print the accuracy per layout, kind and shape.")
        {
            work, seed, forms, kinds, layouts, shapes, scans, errors, examples,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shapeNames = parse.GetValue(shapes) ?? [];
            var chosenShapes = shapeNames.Contains("all") ? TextShapes.All : shapeNames.Select(n => TextShapes.Parse(n)!.Value).ToArray();
            var layoutIds = parse.GetValue(layouts) ?? [];
            var options = new CorpusOptions(parse.GetValue(work)!.FullName, parse.GetValue(seed), parse.GetValue(forms), parse.GetValue(kinds) ?? [],
                parse.GetValue(errors), parse.GetValue(scans), layoutIds.Length == 0 ? SyntheticLayouts.All : layoutIds.Select(id => SyntheticLayouts.Find(id)!).ToArray(),
                chosenShapes);
            if (Directory.Exists(options.OutputDirectory))
            {
                Directory.Delete(options.OutputDirectory, recursive: true);
            }

            var external = new ExternalRenderers(new ExternalRendererOptions(), logger);
            var written = new CorpusBuilder(options, external, logger).Build(cancellationToken);
            var reports = new SortedDictionary<string, (int Files, AccuracyReport Report)>(StringComparer.Ordinal);
            using var extractor = new FormExtractor(new FormExtractorOptions { Parallelism = 1 });
            foreach (var path in written)
            {
                var relative = Path.GetRelativePath(options.OutputDirectory, path);
                var truth = DocumentJson.Deserialize(await File.ReadAllTextAsync(GroundTruth.PathFor(path), cancellationToken));
                var document = await extractor.ExtractAsync(path, cancellationToken);
                // Beside the file, as extract --out names it, for a look at what was read.
                await File.WriteAllTextAsync(path + ".json", DocumentJson.Serialize(document), cancellationToken);
                var score = AccuracyScorer.Score(relative, truth, document);
                foreach (var group in Groups(relative))
                {
                    var (files, report) = reports.GetValueOrDefault(group, (0, AccuracyReport.Empty));
                    reports[group] = (files + 1, report.Add(score));
                }

                logger.Debug("Scored {File}", relative);
            }

            var output = parse.InvocationConfiguration.Output;
            await output.WriteAsync(Table(reports));
            var shown = parse.GetValue(examples);
            foreach (var (group, (_, report)) in reports.Where(r => shown > 0 && (r.Value.Report.Accuracy < 1 || r.Value.Report.FindingsMissed + r.Value.Report.FindingsFalse > 0)))
            {
                await output.WriteAsync($"\n{group}\n{report.ToText(shown)}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// The sets a file counts in: its layout and kind (the national layout's files lie in the kind's folder, a scan
    /// counts in its resolution's set too), or its
    /// text shape and the shape's variant named at the end of the file name (pipe-003-rows.txt).
    /// </summary>
    private static IEnumerable<string> Groups(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        if (parts[0] != "shapes")
        {
            var set = parts.Length == 2 ? $"{SyntheticLayouts.National.Id} {parts[0]}" : $"{parts[0]} {parts[1]}";
            yield return set;
            // Scans also by resolution (scan-03-clean-300-tiff), as their targets differ.
            if (ScanStyle.Standard.Concat(ScanStyle.CameraStyles).FirstOrDefault(s => Path.GetFileNameWithoutExtension(parts[^1]).EndsWith("-" + s.Name, StringComparison.Ordinal)) is { } style)
            {
                yield return $"{set} · {style.Dpi.ToString(CultureInfo.InvariantCulture)} dpi";
            }

            yield break;
        }

        yield return "shape " + parts[1];
        var name = Path.GetFileNameWithoutExtension(parts[^1]).Split('-');
        var number = Array.FindIndex(name, p => p.All(char.IsAsciiDigit));
        if (number >= 0 && number + 1 < name.Length)
        {
            yield return $"shape {parts[1]} · {string.Join('-', name[(number + 1)..])}";
        }
    }

    private static string Table(SortedDictionary<string, (int Files, AccuracyReport Report)> reports)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| set | files | forms | fields exactly right | findings expected / missed / false | false errors | with a doubt |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (group, (files, report)) in reports)
        {
            var formCount = report.Fields.Select(f => (f.File, f.Form)).Distinct().Count();
            text.AppendLine(c, $"| {group} | {files} | {formCount} | {report.Accuracy:P2} ({report.CorrectCount:N0}/{report.FieldCount:N0}) | {report.FindingsExpected} / {report.FindingsMissed} / {report.FindingsFalse} | {report.FalseErrors} | {report.FindingsDoubtful} |");
        }

        return text.ToString();
    }
}
