using System.CommandLine;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Rendering;
using Serilog;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>generate</c>: writes a corpus of rendered forms beside their ground truth.</summary>
internal static class GenerateCommand
{
    public static Command Create(ILogger logger)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write into (one sub-folder per kind).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var forms = new Option<int>("--forms", "-n") { Description = "Forms per kind.", DefaultValueFactory = _ => 20 };
        var kinds = new Option<CorpusKind[]>("--kind", "-k")
        {
            Description = "Kinds to render: text, html, pdf, scan (repeatable; default all).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => Enum.GetValues<CorpusKind>(),
        };
        var scans = new Option<int?>("--scan-forms") { Description = "Forms of the scan kind (default: --forms); scans are large." };
        var errors = new Option<double>("--error-fraction") { Description = "Share of forms with one injected error.", DefaultValueFactory = _ => 1.0 / 3 };
        var chromium = new Option<string>("--chromium") { Description = "Chromium binary.", DefaultValueFactory = _ => "chromium" };
        var command = new Command("generate", "Generate forms, render them and write each file beside its name.expected.json.")
        {
            output, seed, forms, scans, kinds, errors, chromium,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new CorpusOptions(parse.GetValue(output)!.FullName, parse.GetValue(seed), parse.GetValue(forms),
                parse.GetValue(kinds)!, parse.GetValue(errors), parse.GetValue(scans));
            var external = new ExternalRenderers(new ExternalRendererOptions(chromium: parse.GetValue(chromium)!), logger);
            var written = new CorpusBuilder(options, external, logger).Build(cancellationToken);
            logger.Information("Generated {FileCount} files under {Directory}", written.Count, options.OutputDirectory);
            return Task.FromResult(0);
        });
        return command;
    }
}
