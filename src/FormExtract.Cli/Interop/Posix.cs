using System.Buffers.Binary;
using System.Runtime.InteropServices;
using FormExtract.Cli.Files;
using Microsoft.Win32.SafeHandles;

namespace FormExtract.Cli.Interop;

/// <summary>
/// The marshalling layer over <see cref="PosixNative"/>: paths as bytes in, errors out as the C library's
/// message (a value, never an exception), descriptors wrapped in <see cref="SafeFileHandle"/>.
/// </summary>
internal static class Posix
{
    /// <summary>What the path names, following links when asked; or why that cannot be known.</summary>
    public static unsafe (NodeInfo? Info, PosixError? Error) Stat(NativePath path, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        var buffer = stackalloc byte[PosixNative.StatxSize];
        fixed (byte* name = path.ToNullTerminated())
        {
            var failed = PosixNative.statx(PosixNative.CurrentFolder, name, followLinks ? 0 : PosixNative.NoFollow, PosixNative.StatxWanted, buffer);
            return failed != 0 ? (null, PosixError.Last()) : (Read(new ReadOnlySpan<byte>(buffer, PosixNative.StatxSize)), null);
        }
    }

    /// <summary>What an open descriptor is.</summary>
    public static unsafe (NodeInfo? Info, PosixError? Error) Stat(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var buffer = stackalloc byte[PosixNative.StatxSize];
        var empty = stackalloc byte[1];
        empty[0] = 0;
        var failed = PosixNative.statx((int)handle.DangerousGetHandle(), empty, PosixNative.EmptyPath, PosixNative.StatxWanted, buffer);
        GC.KeepAlive(handle);
        return failed != 0 ? (null, PosixError.Last()) : (Read(new ReadOnlySpan<byte>(buffer, PosixNative.StatxSize)), null);
    }

    /// <summary>The names in a folder (not <c>.</c> and <c>..</c>), as bytes; or why it cannot be listed.</summary>
    public static unsafe (IReadOnlyList<byte[]>? Names, PosixError? Error) List(NativePath folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        IntPtr stream;
        fixed (byte* name = folder.ToNullTerminated())
        {
            stream = PosixNative.opendir(name);
        }

        if (stream == IntPtr.Zero)
        {
            return (null, PosixError.Last());
        }

        try
        {
            var names = new List<byte[]>();
            while (true)
            {
                var entry = PosixNative.readdir(stream);
                if (entry == IntPtr.Zero)
                {
                    // readdir returns null at the end and on an error; only an error sets errno.
                    var error = PosixError.Last();
                    return error.Number == 0 ? (names, null) : (null, error);
                }

                var entryName = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)entry + PosixNative.DirentName);
                if (!entryName.SequenceEqual("."u8) && !entryName.SequenceEqual(".."u8))
                {
                    names.Add(entryName.ToArray());
                }
            }
        }
        finally
        {
            _ = PosixNative.closedir(stream);
        }
    }

    /// <summary>
    /// Opens a file for reading without blocking (a FIFO put in the file's place since it was listed would
    /// otherwise wait for a writer forever), and keeps it only if it is a regular file.
    /// </summary>
    public static unsafe (SafeFileHandle? Handle, NodeInfo? Info, PosixError? Error) OpenRegular(NativePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int descriptor;
        fixed (byte* name = path.ToNullTerminated())
        {
            descriptor = PosixNative.open(name, PosixNative.ReadOnly | PosixNative.NonBlocking | PosixNative.CloseOnExec, 0);
        }

        if (descriptor < 0)
        {
            return (null, null, PosixError.Last());
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var (info, error) = Stat(handle);
        if (info is not { Kind: NodeKind.Regular })
        {
            handle.Dispose();
            return (null, info, error ?? new PosixError(0, $"it is {info?.KindName}, not a regular file"));
        }

        return (handle, info, null);
    }

    /// <summary>Opens (creating it) a file whose every write goes to its end, whoever else appends to it.</summary>
    public static unsafe (SafeFileHandle? Handle, PosixError? Error) OpenAppend(string path)
    {
        fixed (byte* name = NativePath.Of(path).ToNullTerminated())
        {
            var descriptor = PosixNative.open(name, PosixNative.WriteOnly | PosixNative.Create | PosixNative.Append | PosixNative.CloseOnExec, 0x1A4 /* 0644 */);
            return descriptor < 0 ? (null, PosixError.Last()) : (new SafeFileHandle(descriptor, ownsHandle: true), null);
        }
    }

    /// <summary>Writes all the bytes (in one call when the system allows it); null, or why it failed.</summary>
    public static unsafe PosixError? Write(SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(handle);
        fixed (byte* start = bytes)
        {
            var done = 0;
            while (done < bytes.Length)
            {
                var written = PosixNative.write((int)handle.DangerousGetHandle(), start + done, (nuint)(bytes.Length - done));
                if (written < 0)
                {
                    GC.KeepAlive(handle);
                    return PosixError.Last();
                }

                done += (int)written;
            }
        }

        GC.KeepAlive(handle);
        return null;
    }

    private static NodeInfo Read(ReadOnlySpan<byte> statx)
    {
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(statx[PosixNative.StatxMode..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => NodeKind.Regular,
            0x4000 => NodeKind.Folder,
            0xA000 => NodeKind.Link,
            0x1000 => NodeKind.Fifo,
            0xC000 => NodeKind.Socket,
            0x2000 => NodeKind.CharacterDevice,
            0x6000 => NodeKind.BlockDevice,
            _ => NodeKind.Unknown,
        };
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(statx[PosixNative.StatxDeviceMajor..]) << 32)
            | BinaryPrimitives.ReadUInt32LittleEndian(statx[PosixNative.StatxDeviceMinor..]);
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(statx[PosixNative.StatxInode..]);
        var size = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(statx[PosixNative.StatxFileSize..]), long.MaxValue);
        return new NodeInfo(kind, new NodeId(device, inode), size);
    }
}
