using FormExtract.Cli.Logging;
using Spectre.Console;

namespace FormExtract.Cli.Batch;

/// <summary>
/// A progress bar on stderr while a batch runs, when stderr is a terminal. It counts pages, so its remaining
/// time follows the work left (<see cref="PageProgress"/>); log lines print above it, through its console.
/// </summary>
internal static class BatchProgress
{
    public static Task<BatchRun> RunAsync(BatchRunner runner, IReadOnlyList<BatchInput> inputs, bool showProgress, LogConsole logs, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return showProgress && console.Profile.Capabilities.Interactive && inputs.Count >= 2
            ? RunAsync(runner, inputs, console, logs, cancellationToken)
            : runner.RunAsync(inputs, progress: null, cancellationToken);
    }

    /// <summary>Runs the batch under a progress bar drawn on <paramref name="console"/>.</summary>
    public static async Task<BatchRun> RunAsync(BatchRunner runner, IReadOnlyList<BatchInput> inputs, IAnsiConsole console, LogConsole logs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(logs);
        var pages = new PageProgress(inputs.Select(i => PageEstimate.Of(i.Location)).ToArray());
        BatchRun run = new([], Interrupted: false);
        using (logs.Attach(console))
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Extracting pages", maxValue: pages.Total);
                    run = await runner.RunAsync(
                        inputs,
                        outcome =>
                        {
                            pages.Complete(outcome);
                            task.MaxValue = pages.Total;
                            task.Value = pages.Done;
                        },
                        cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        return run;
    }
}
