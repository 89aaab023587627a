using System.Runtime.InteropServices;

namespace FormExtract.Cli.Interop;

/// <summary>
/// Raw signatures of the C library calls that file discovery needs and .NET does not offer: names as bytes
/// (not every name is UTF-8), the kind and identity of a file before it is opened, opening without blocking
/// on a FIFO, and appending with <c>O_APPEND</c> so that two processes never overwrite each other's lines.
/// Nothing here frees anything; <see cref="Posix"/> does.
/// </summary>
internal static unsafe partial class PosixNative
{
    /// <summary>Flag values shared by x86-64 and AArch64 Linux.</summary>
    public const int ReadOnly = 0x0;
    public const int WriteOnly = 0x1;
    public const int Create = 0x40;
    public const int Append = 0x400;
    public const int NonBlocking = 0x800;
    public const int CloseOnExec = 0x80000;

    /// <summary><c>AT_FDCWD</c>: a relative path is taken from the working folder.</summary>
    public const int CurrentFolder = -100;
    public const int NoFollow = 0x100;
    public const int EmptyPath = 0x1000;

    /// <summary>Type, inode and size (<c>STATX_TYPE | STATX_INO | STATX_SIZE</c>).</summary>
    public const uint StatxWanted = 0x1 | 0x100 | 0x200;

    /// <summary><c>struct statx</c> is 256 bytes with the same layout on every Linux architecture.</summary>
    public const int StatxSize = 0x100;
    public const int StatxMode = 0x1C;
    public const int StatxInode = 0x20;
    public const int StatxFileSize = 0x28;
    public const int StatxDeviceMajor = 0x88;
    public const int StatxDeviceMinor = 0x8C;

    /// <summary>Offset of <c>d_name</c> in glibc's 64-bit <c>struct dirent</c>.</summary>
    public const int DirentName = 19;

    [LibraryImport("libc", SetLastError = true)]
    public static partial int statx(int folder, byte* path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int open(byte* path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint write(int descriptor, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial IntPtr opendir(byte* path);

    [LibraryImport("libc", SetLastError = true)]
    public static partial IntPtr readdir(IntPtr folder);

    [LibraryImport("libc")]
    public static partial int closedir(IntPtr folder);
}
