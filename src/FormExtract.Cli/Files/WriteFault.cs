namespace FormExtract.Cli.Files;

/// <summary>
/// What a failed write of a file looks like from .NET. Most faults are an <see cref="IOException"/>; a file
/// grown past what the file system or the process's size limit allows (EFBIG) comes as an
/// <see cref="ArgumentOutOfRangeException"/>, which is turned into an <see cref="IOException"/> here so that
/// it costs one file like any other write fault.
/// </summary>
internal static class WriteFault
{
    public const string TooLarge = "the file cannot grow any further (File too large: a full disk or a file size limit)";

    public static bool Is(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException;

    public static Exception AsIOException(Exception e) => e is ArgumentOutOfRangeException ? new IOException(TooLarge, e) : e;

    public static string Reason(Exception e) => AsIOException(e).Message;
}
