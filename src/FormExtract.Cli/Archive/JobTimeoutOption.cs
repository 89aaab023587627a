using System.CommandLine;
using FormExtract.Archive.Jobs;

namespace FormExtract.Cli.Archive;

/// <summary><c>--job-timeout SECONDS</c>: how late a dead worker's job is handed to another worker.</summary>
internal static class JobTimeoutOption
{
    public static Option<int> Create()
    {
        var option = new Option<int>("--job-timeout")
        {
            Description = "Seconds without a heartbeat from a job's worker before another worker takes the job (a live worker keeps it however long it runs).",
            DefaultValueFactory = _ => (int)JobQueueOptions.Default.JobTimeout.TotalSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 5)
            {
                result.AddError("--job-timeout must be at least 5 seconds.");
            }
        });
        return option;
    }

    public static JobQueueOptions Options(int seconds) => new(TimeSpan.FromSeconds(seconds), JobQueueOptions.Default.PollInterval);
}
