using System.Runtime.InteropServices;

namespace FormExtract.Cli.Batch;

/// <summary>
/// SIGINT and SIGTERM end a batch cleanly: the first one cancels <see cref="Token"/> (files in progress
/// stop, documents already done are written whole, the JSON Lines file is flushed, the summary is logged)
/// and the run exits with 130 or 143; a second one ends the process at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signalled;

    public Interruption(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The signal that stopped the run, if one did.</summary>
    public PosixSignal? Signal { get; private set; }

    /// <summary>The shell's convention: 128 + the signal's number.</summary>
    public int ExitCode => Signal == PosixSignal.SIGINT ? 130 : 143;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 1)
        {
            return;
        }

        Signal = context.Signal;
        context.Cancel = true;
        _source.Cancel();
    }
}
