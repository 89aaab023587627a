using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace FormExtract.Pdf;

/// <summary>
/// PdfPig's Flate filter behind a measure: the stream is first inflated into a small scratch buffer and
/// counted, and handed to the real filter only when it stays within the budget.
/// </summary>
internal sealed class BoundedFlateFilter(IFilter inner, BoundedFilterProvider owner, long maxBytes) : IFilter
{
    private const long MaximumExpansion = 1032;

    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        // Deflate expands 1,032 times at most: a stream that short cannot reach the budget and is not measured.
        if (input.Length * MaximumExpansion > maxBytes && InflatedLength(input, maxBytes) is var length && length > maxBytes)
        {
            owner.Refuse(length);
        }

        return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
    }

    /// <summary>How long the stream inflates to, counted up to one block past <paramref name="limit"/>; damage ends the count.</summary>
    private static long InflatedLength(ReadOnlyMemory<byte> input, long limit)
    {
        if (input.Length < 3)
        {
            return 0;
        }

        // The zlib header (2 bytes) is skipped, as PdfPig does.
        using var compressed = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(input[2..], out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input[2..].ToArray(), writable: false);
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        var scratch = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while (total <= limit && (read = deflate.Read(scratch)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on: the real filter salvages at most what came before.
        }

        return total;
    }
}
