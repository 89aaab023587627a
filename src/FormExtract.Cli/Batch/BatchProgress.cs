using Spectre.Console;

namespace FormExtract.Cli.Batch;

/// <summary>A progress bar on stderr while a batch runs, when stderr is a terminal.</summary>
internal static class BatchProgress
{
    public static async Task<BatchRun> RunAsync(BatchRunner runner, IReadOnlyList<BatchInput> inputs, bool showProgress, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!showProgress || !console.Profile.Capabilities.Interactive || inputs.Count < 2)
        {
            return await runner.RunAsync(inputs, progress: null, cancellationToken).ConfigureAwait(false);
        }

        BatchRun run = new([], Interrupted: false);
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Extracting", maxValue: inputs.Count);
                run = await runner.RunAsync(inputs, _ => task.Increment(1), cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return run;
    }
}
