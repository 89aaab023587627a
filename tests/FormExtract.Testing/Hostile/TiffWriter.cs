using System.Buffers.Binary;

namespace FormExtract.Testing.Hostile;

/// <summary>
/// Writes multi-page TIFFs of 8-bit gray pages, uncompressed (little-endian, one strip per page). A page may
/// claim another size than its pixels have, or another compression than its bytes are in: that is how a
/// huge or a damaged page is made.
/// </summary>
public static class TiffWriter
{
    public static byte[] Write(IReadOnlyList<TiffPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var output = new MemoryStream();
        output.Write("II*\0"u8);
        var nextPointer = output.Position;
        output.Write(new byte[4]);
        foreach (var page in pages)
        {
            var strip = output.Position;
            output.Write(page.Data);
            if (output.Position % 2 == 1)
            {
                output.WriteByte(0);
            }

            var ifd = output.Position;
            Patch(output, nextPointer, (uint)ifd);
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, 4, (uint)page.Width), (257, 4, (uint)page.Height), (258, 3, 8), (259, 3, (uint)page.Compression),
                (262, 3, 1), (273, 4, (uint)strip), (277, 3, 1), (278, 4, (uint)page.Height), (279, 4, (uint)page.Data.Length),
            ];
            var entry = new byte[12];
            var count = new byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(count, (ushort)entries.Length);
            output.Write(count);
            foreach (var (tag, type, value) in entries)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
                BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(2), type);
                BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(4), 1);
                BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(8), type == 3 ? value & 0xFFFF : value);
                output.Write(entry);
            }

            nextPointer = output.Position;
            output.Write(new byte[4]);
        }

        return output.ToArray();
    }

    /// <summary>A white page with a black frame and a few ruled lines.</summary>
    public static TiffPage Ruled(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        for (var y = height / 10; y < height * 9 / 10; y++)
        {
            for (var x = width / 10; x < width * 9 / 10; x++)
            {
                var onRule = (y - (height / 10)) % (height / 8) < 2 || (x - (width / 10)) % (width / 4) < 2;
                pixels[(y * width) + x] = onRule ? (byte)0 : (byte)255;
            }
        }

        return new TiffPage(width, height, pixels);
    }

    private static void Patch(MemoryStream output, long at, uint value)
    {
        var here = output.Position;
        output.Position = at;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
        output.Position = here;
    }
}
