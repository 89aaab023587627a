using Spectre.Console;

namespace FormExtract.Cli.Logging;

/// <summary>
/// Where readable log lines go: standard error, or, while a progress bar is live on it, through the
/// progress bar's console, which prints them above the bar instead of letting them tear through it.
/// </summary>
internal sealed class LogConsole(TextWriter fallback)
{
    private readonly Lock _lock = new();
    private IAnsiConsole? _live;

    public LogConsole()
        : this(Console.Error)
    {
    }

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            if (_live is { } live)
            {
                live.Write(new Text(line + "\n"));
            }
            else
            {
                fallback.WriteLine(line);
            }
        }
    }

    /// <summary>Routes lines through <paramref name="console"/> until the returned handle is disposed.</summary>
    public IDisposable Attach(IAnsiConsole console)
    {
        lock (_lock)
        {
            _live = console;
        }

        return new Detach(this);
    }

    private sealed class Detach(LogConsole owner) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._live = null;
            }
        }
    }
}
