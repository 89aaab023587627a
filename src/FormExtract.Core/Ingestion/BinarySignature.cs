namespace FormExtract.Core.Ingestion;

/// <summary>
/// Formats known by their first bytes that are never text: a file that starts like one is not a text dump,
/// even when the reader of its format found nothing in it (a scan with no table keeps the scan reader's
/// warnings instead of being read again as text).
/// </summary>
public static class BinarySignature
{
    /// <summary>The format the bytes start as, or null.</summary>
    public static string? Of(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head switch
        {
            _ when head.IndexOf("%PDF-"u8) >= 0 => "PDF",
            [0x89, 0x50, 0x4E, 0x47, ..] => "PNG",
            [0xFF, 0xD8, 0xFF, ..] => "JPEG",
            [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "TIFF",
            [0x47, 0x49, 0x46, 0x38, ..] => "GIF",
            [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP (or an Office document)",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document",
            [0x1F, 0x8B, ..] => "gzip",
            [0x52, 0x61, 0x72, 0x21, ..] => "RAR",
            [0x37, 0x7A, 0xBC, 0xAF, ..] => "7-Zip",
            _ => null,
        };
    }
}
