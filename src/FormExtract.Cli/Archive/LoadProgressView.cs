using System.Globalization;
using FormExtract.Archive.Loading;
using Spectre.Console;

namespace FormExtract.Cli.Archive;

/// <summary>A progress bar on stderr while a load runs, when stderr is a terminal: counts, rate and ETA.</summary>
internal static class LoadProgressView
{
    public static async Task<T> RunAsync<T>(string verb, int total, bool show, Func<Action<LoadCounts>?, Task<T>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!show || !console.Profile.Capabilities.Interactive || total < 2)
        {
            return await run(null).ConfigureAwait(false);
        }

        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(verb, maxValue: total);
                result = await run(counts =>
                {
                    task.Value = counts.Done;
                    task.Description = Describe(verb, counts);
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }

    private static string Describe(string verb, LoadCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {c.Done}/{c.Total}: {c.Archived + c.Reprocessed} archived, {c.Skipped} skipped, {c.Failed + c.Unreadable} failed, {c.Rate:F1} files/s");
}
