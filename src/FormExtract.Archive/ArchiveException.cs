namespace FormExtract.Archive;

/// <summary>
/// The archive cannot be used: not a SQLite file, read-only, unreachable, lost mid-run. Unlike a document's
/// faults, which are archived as failed and never stop a load, this ends the command; <see cref="Code"/> is
/// one of <see cref="ArchiveErrors"/> and the message names the archive.
/// </summary>
public sealed class ArchiveException : Exception
{
    public ArchiveException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public ArchiveException()
        : this(ArchiveErrors.Unusable, "The archive cannot be used.")
    {
    }

    public ArchiveException(string message)
        : this(ArchiveErrors.Unusable, message)
    {
    }

    public ArchiveException(string message, Exception innerException)
        : this(ArchiveErrors.Unusable, message, innerException)
    {
    }

    public string Code { get; }
}
