using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FormExtract.Cli.Logging;

/// <summary>
/// Serilog set up for a command: readable events on stderr (stdout carries only program output; above the
/// progress bar while one is shown) and, when asked, compact JSON events in a file. Each event carries the
/// input file from the log context.
/// </summary>
internal static class Logs
{
    private const string Template = "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}";

    public static Serilog.Core.Logger Create(FileInfo? jsonFile, bool quiet, LogConsole? console = null)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Sink(new LogConsoleSink(console ?? new LogConsole(), Template), quiet ? LogEventLevel.Warning : LogEventLevel.Information);
        if (jsonFile is not null)
        {
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), jsonFile.FullName);
        }

        return configuration.CreateLogger();
    }
}
