using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// Decodes PNG, JPEG and TIFF (every page) through Leptonica, one page at a time. The size is read from
/// the header first, so that a huge image is refused before any of it is decoded.
/// </summary>
internal sealed class ImageSource
{
    private readonly OcrOptions _options;

    public ImageSource(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);

    /// <summary>Why the image cannot be read, or null when its header is sound and its size within bounds.</summary>
    public string? Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "the file is empty (0 bytes)";
        }

        if (Leptonica.ReadHeader(bytes) is not { } header)
        {
            return "the image header cannot be read (not an image, or damaged)";
        }

        return SizeProblem(header.Width, header.Height);
    }

    public string? SizeProblem(long width, long height) =>
        width <= 0 || height <= 0 ? $"the image states an impossible size ({width}×{height})"
        : width * height > _options.MaxPixels ? $"the image is {width}×{height} pixels, more than the {_options.MaxPixels:N0} allowed (OcrOptions.MaxPixels)"
        : null;

    /// <summary>The pages, decoded one by one as they are enumerated; a page that fails to decode ends the sequence with its problem.</summary>
    public IEnumerable<(PageImage? Page, string? Problem)> Pages(ReadOnlyMemory<byte> bytes)
    {
        var isTiff = bytes.Span.StartsWith("II*\0"u8) || bytes.Span.StartsWith("MM\0*"u8);
        for (var index = 0; index < (isTiff ? _options.MaxPages : 1); index++)
        {
            var handle = isTiff ? Leptonica.ReadTiffPage(bytes.Span, index) : Leptonica.Read(bytes.Span);
            if (handle is null)
            {
                if (index == 0)
                {
                    yield return (null, "the image data cannot be decoded (truncated or damaged)");
                }

                yield break;
            }

            var pix = new Pix(handle);
            if (SizeProblem(pix.Width, pix.Height) is { } problem)
            {
                pix.Dispose();
                yield return (null, $"page {index + 1}: {problem}");
                yield break;
            }

            yield return (new PageImage(index + 1, pix, null), null);
        }
    }
}
