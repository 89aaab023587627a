using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace FormExtract.Cli.Logging;

/// <summary>Serilog's readable lines, written to a <see cref="LogConsole"/> (stderr, or above the progress bar).</summary>
internal sealed class LogConsoleSink(LogConsole console, string outputTemplate) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new(outputTemplate, CultureInfo.InvariantCulture);

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        _formatter.Format(logEvent, text);
        console.WriteLine(text.ToString().TrimEnd('\n', '\r'));
    }
}
