using System.Buffers.Binary;

namespace FormExtract.Testing.Hostile;

/// <summary>Edits the pages of an existing little-endian TIFF in place: what a damaged scan looks like.</summary>
public static class TiffPages
{
    private const ushort StripOffsets = 273;
    private const ushort StripByteCounts = 279;

    /// <summary>A copy with the strips (image data) of page <paramref name="page"/> (0-based) overwritten by noise; the directory stays sound.</summary>
    public static byte[] Corrupt(byte[] tiff, int page)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        var copy = (byte[])tiff.Clone();
        var entries = Directory(copy, page);
        var offsets = Values(copy, entries[StripOffsets]);
        var lengths = Values(copy, entries[StripByteCounts]);
        var noise = new Random(14);
        for (var i = 0; i < offsets.Length; i++)
        {
            noise.NextBytes(copy.AsSpan((int)offsets[i], (int)lengths[i]));
        }

        return copy;
    }

    /// <summary>Each tag of page <paramref name="page"/>'s directory: its type, count, and value or offset.</summary>
    private static Dictionary<ushort, (ushort Type, uint Count, uint Value)> Directory(byte[] tiff, int page)
    {
        if (!tiff.AsSpan().StartsWith("II*\0"u8))
        {
            throw new ArgumentException("only little-endian TIFFs are edited", nameof(tiff));
        }

        var at = BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        for (var skipped = 0; skipped < page; skipped++)
        {
            var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan((int)at));
            at = BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan((int)at + 2 + (12 * count)));
        }

        var entries = new Dictionary<ushort, (ushort, uint, uint)>();
        var n = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan((int)at));
        for (var i = 0; i < n; i++)
        {
            var entry = tiff.AsSpan((int)at + 2 + (12 * i), 12);
            entries[BinaryPrimitives.ReadUInt16LittleEndian(entry)] = (BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]), BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]), BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
        }

        return entries;
    }

    private static uint[] Values(byte[] tiff, (ushort Type, uint Count, uint Value) entry)
    {
        var size = entry.Type == 3 ? 2 : 4;
        if (entry.Count * size <= 4)
        {
            return entry.Count == 1 ? [entry.Type == 3 ? entry.Value & 0xFFFF : entry.Value] : [entry.Value & 0xFFFF, entry.Value >> 16];
        }

        return [.. Enumerable.Range(0, (int)entry.Count).Select(i => size == 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan((int)entry.Value + (2 * i)))
            : BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan((int)entry.Value + (4 * i))))];
    }
}
