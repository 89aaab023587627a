using Hangfire;
using Hangfire.Logging;

namespace FormExtract.Archive.Jobs;

/// <summary>
/// Hangfire's process-wide settings, the only global state here (Hangfire keeps them static): job arguments
/// serialised by the current format, types named without assembly versions so that machines running different
/// builds of formextract share one queue, and its logs in ours.
/// </summary>
public static class HangfireSetup
{
    public static void Configure(Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        LogProvider.SetCurrentLogProvider(new HangfireLogs(logger));
    }
}
