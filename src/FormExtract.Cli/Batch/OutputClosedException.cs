namespace FormExtract.Cli.Batch;

/// <summary>
/// The reader of the output went away (<c>formextract extract --jsonl - … | head</c>): nobody wants more,
/// so the run ends at once, quietly. Raised instead of the broken pipe's <see cref="IOException"/>.
/// </summary>
internal sealed class OutputClosedException : IOException
{
    public OutputClosedException()
    {
    }

    public OutputClosedException(string message)
        : base(message)
    {
    }

    public OutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>EPIPE: .NET reports a write to a pipe whose reader has closed with the errno as the HResult.</summary>
    public static bool IsBrokenPipe(IOException exception) => exception is { HResult: 32 } or OutputClosedException;
}
