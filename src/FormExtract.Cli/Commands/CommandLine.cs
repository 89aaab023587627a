using System.CommandLine;

namespace FormExtract.Cli.Commands;

/// <summary>The <c>formextract</c> command tree.</summary>
internal sealed class CommandLine(RootCommand root)
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;

    public static CommandLine Create()
    {
        var root = new RootCommand("FormExtract: turns 财政项目支出绩效自评表 forms (text dumps, PDFs, HTML, scans) into validated JSON.")
        {
            ExtractCommand.Create(),
            ValidateCommand.Create(),
        };
        foreach (var command in Archive.ArchiveCommands.Create())
        {
            root.Add(command);
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

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
