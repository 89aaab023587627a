using System.CommandLine;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Shapes;
using Serilog;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>generate</c>: writes a corpus of rendered forms beside their ground truth.</summary>
internal static class GenerateCommand
{
    public static Command Create(ILogger logger)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write into (one sub-folder per kind).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var forms = new Option<int>("--forms", "-n") { Description = "Forms per kind, per layout and per text shape.", DefaultValueFactory = _ => 20 };
        var kinds = new Option<CorpusKind[]>("--kind", "-k")
        {
            Description = "Kinds to render: text, html, pdf, scan, camera, coarse (repeatable; default all but camera and coarse, or none when --shape is given).",
            AllowMultipleArgumentsPerToken = true,
        };
        var layouts = new Option<string[]>("--layout", "-l")
        {
            Description = "Layouts to generate, by template id (repeatable; default all): " + string.Join(", ", SyntheticLayouts.All.Select(l => l.Id)) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        layouts.AcceptOnlyFromAmong([.. SyntheticLayouts.All.Select(l => l.Id)]);
        var shapes = new Option<string[]>("--shape", "-s")
        {
            Description = "National forms in text shapes (repeatable; 'all' for every one): " + string.Join(", ", TextShapes.All.Select(TextShapes.NameOf)) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        shapes.AcceptOnlyFromAmong([.. TextShapes.All.Select(TextShapes.NameOf), "all"]);
        var scans = new Option<int?>("--scan-forms") { Description = "Forms of the scan kind (default: --forms); scans are large." };
        var errors = new Option<double>("--error-fraction") { Description = "Share of forms with an injected error (one, or with --breaks several).", DefaultValueFactory = _ => 1.0 / 3 };
        var chromium = new Option<string>("--chromium") { Description = "Chromium binary.", DefaultValueFactory = _ => "chromium" };
        var face = FaceOption.Create();
        var breaks = BreaksOption.Create();
        var goals = GoalsOption.Create();
        var splitRows = SplitRowsOption.Create();
        var command = new Command("generate", "Generate forms, render them and write each file beside its name.expected.json.")
        {
            output, seed, forms, scans, kinds, layouts, shapes, errors, chromium, face, breaks, goals, splitRows,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var shapeNames = parse.GetValue(shapes) ?? [];
            var chosenShapes = shapeNames.Contains("all") ? TextShapes.All : shapeNames.Select(n => TextShapes.Parse(n)!.Value).ToArray();
            var chosenKinds = parse.GetValue(kinds) is { Length: > 0 } k ? k : chosenShapes.Count > 0 ? [] : [.. Enum.GetValues<CorpusKind>().Where(k => k is not (CorpusKind.Camera or CorpusKind.Coarse))];
            var layoutIds = parse.GetValue(layouts) ?? [];
            var chosenLayouts = layoutIds.Length == 0 ? SyntheticLayouts.All : layoutIds.Select(id => SyntheticLayouts.Find(id)!).ToArray();
            var options = new CorpusOptions(parse.GetValue(output)!.FullName, parse.GetValue(seed), parse.GetValue(forms),
                chosenKinds, parse.GetValue(errors), parse.GetValue(scans), chosenLayouts, chosenShapes)
            {
                ScanFace = FaceOption.Of(parse.GetValue(face)!),
                BreaksPerForm = parse.GetValue(breaks),
                Goals = parse.GetValue(goals),
                SplitRows = parse.GetValue(splitRows),
            };
            var external = new ExternalRenderers(new ExternalRendererOptions(chromium: parse.GetValue(chromium)!), logger);
            var written = new CorpusBuilder(options, external, logger).Build(cancellationToken);
            logger.Information("Generated {FileCount} files under {Directory}", written.Count, options.OutputDirectory);
            return Task.FromResult(0);
        });
        return command;
    }
}
