using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FormExtract.Cli.Logging;

/// <summary>
/// Serilog set up for a command: readable events on stderr (stdout carries only program output) and,
/// when asked, compact JSON events in a file. Each event carries the input file from the log context.
/// </summary>
internal static class Logs
{
    public static Serilog.Core.Logger Create(FileInfo? jsonFile, bool quiet)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Console(
                restrictedToMinimumLevel: quiet ? LogEventLevel.Warning : LogEventLevel.Information,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        if (jsonFile is not null)
        {
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), jsonFile.FullName);
        }

        return configuration.CreateLogger();
    }
}
