using System.Runtime.InteropServices;

namespace FormExtract.Cli.Interop;

/// <summary>A failed call's <c>errno</c> and the C library's message for it.</summary>
internal sealed record PosixError(int Number, string Message)
{
    private const int NoSuchEntry = 2;

    public bool IsMissing => Number == NoSuchEntry;

    /// <summary>The error of the P/Invoke call just made.</summary>
    public static PosixError Last() => new(Marshal.GetLastPInvokeError(), Marshal.GetLastPInvokeErrorMessage());

    public override string ToString() => Message;
}
