using Hangfire.Logging;
using Serilog.Events;

namespace FormExtract.Archive.Jobs;

/// <summary>Hangfire's own log events, sent to the command's Serilog logger with Hangfire's logger name as SourceContext.</summary>
internal sealed class HangfireLogs(Serilog.ILogger logger) : ILogProvider
{
    public ILog GetLogger(string name) => new SerilogLog(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, name));

    private sealed class SerilogLog(Serilog.ILogger logger) : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                LogLevel.Trace => LogEventLevel.Verbose,
                // Hangfire's information is about its own machinery (servers starting, schema checks): detail for us.
                LogLevel.Debug or LogLevel.Info => LogEventLevel.Debug,
                LogLevel.Warn => LogEventLevel.Warning,
                LogLevel.Error => LogEventLevel.Error,
                _ => LogEventLevel.Fatal,
            };
            if (messageFunc is null)
            {
                return logger.IsEnabled(level);
            }

            logger.Write(level, exception, "Hangfire: {HangfireMessage}", messageFunc());
            return true;
        }
    }
}
