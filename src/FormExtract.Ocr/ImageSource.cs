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

    public static bool IsTiff(ReadOnlySpan<byte> head) => head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);

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

    /// <summary>
    /// The pages, decoded one by one as they are enumerated. A TIFF page's size is read from its own header
    /// before it is decoded, so a huge later page is refused without being decoded. A page that is too large
    /// or cannot be decoded comes as its problem, and the next page is read; a TIFF with more than
    /// <see cref="OcrOptions.MaxPages"/> pages ends with a problem naming the pages left unread.
    /// </summary>
    public IEnumerable<(PageImage? Page, int Number, string? Problem)> Pages(ReadOnlyMemory<byte> bytes)
    {
        if (!IsTiff(bytes.Span))
        {
            yield return Decoded(Leptonica.Read(bytes.Span), 1);
            yield break;
        }

        for (var index = 0; ; index++)
        {
            if (Leptonica.ReadTiffPageHeader(bytes.Span, index) is not { } header)
            {
                if (index == 0)
                {
                    yield return (null, 1, "the image header cannot be read (not an image, or damaged)");
                }

                yield break;
            }

            if (index == _options.MaxPages)
            {
                yield return (null, index + 1, $"the file has more than {_options.MaxPages} pages; page {index + 1} and the pages after it were not read (OcrOptions.MaxPages)");
                yield break;
            }

            yield return SizeProblem(header.Width, header.Height) is { } problem
                ? (null, index + 1, problem)
                : Decoded(Leptonica.ReadTiffPage(bytes.Span, index), index + 1);
        }
    }

    private (PageImage? Page, int Number, string? Problem) Decoded(Interop.PixHandle? handle, int number)
    {
        if (handle is null)
        {
            return (null, number, "the image data cannot be decoded (truncated or damaged)");
        }

        var pix = new Pix(handle);
        if (SizeProblem(pix.Width, pix.Height) is { } problem)
        {
            pix.Dispose();
            return (null, number, problem);
        }

        return (new PageImage(number, pix, null), number, null);
    }
}
