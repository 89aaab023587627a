using System.CommandLine;
using System.CommandLine.Invocation;

namespace FormExtract.Cli.Commands;

/// <summary>The <c>formextract</c> command tree.</summary>
internal sealed class CommandLine(RootCommand root)
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;
    public const int FindingsFailed = 3;

    public static CommandLine Create()
    {
        var root = new RootCommand("FormExtract: turns 财政项目支出绩效自评表 forms (text dumps, PDFs, HTML, Word and Excel files, scans) into validated JSON.")
        {
            ExtractCommand.Create(),
            ValidateCommand.Create(),
            SchemaCommand.Create(),
            ServeCommand.Create(),
            ReportCommand.Create(),
            ExportCommand.Create(),
            ReviewCommand.Create(),
        };
        foreach (var command in Archive.ArchiveCommands.Create())
        {
            root.Add(command);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersion();
        }

        return new CommandLine(root);
    }

    public async Task<int> RunAsync(string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"formextract: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'formextract --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        // Signals are the extract command's to handle (it finishes whole documents first): none are taken here.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
    }

    /// <summary>The version that documents record (<c>source.toolVersion</c>), without build metadata.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ToolVersion.Current);
            return Success;
        }
    }
}
