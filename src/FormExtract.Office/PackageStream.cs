using System.Runtime.InteropServices;

namespace FormExtract.Office;

/// <summary>A read-only stream over a file's bytes, without copying them where they sit in an array.</summary>
internal static class PackageStream
{
    public static MemoryStream Of(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
