using System.Text;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// Finds a text file's encoding: a BOM (UTF-8, UTF-16 LE/BE) wins; then strict UTF-8; then UTF-16 without BOM
/// when every other byte is zero; then GB18030 (a superset of GBK and GB2312), line by line when some lines
/// are UTF-8 and others are not (a file put together from two exports). NUL bytes are removed, with a warning
/// naming their lines, and so are marks a page shows as nothing (<see cref="InvisibleMarks"/>). Bytes that are none
/// of these (control characters) are not text.
/// </summary>
public static class TextDecoder
{
    public const string NulCode = "nul-bytes";
    public const string MixedEncodingCode = "mixed-encoding";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Gb18030 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding("GB18030") ?? throw new InvalidOperationException("GB18030 is not available.");

    /// <summary>Decodes the bytes, or returns null with the reason when they are not text.</summary>
    public static (DecodedText? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(TryDecode(StrictUtf8, bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(TryDecode(new UnicodeEncoding(false, false, true), bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(TryDecode(new UnicodeEncoding(true, false, true), bytes[2..]), "utf-16be");
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return Checked(TryDecode(new UnicodeEncoding(bigEndian, false, true), bytes), bigEndian ? "utf-16be" : "utf-16le");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Checked(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        if (MixedEncoding.Decode(bytes) is { } mixed)
        {
            var (text, problem) = Checked(mixed.Text, "utf-8+gb18030");
            return (text is null ? null : text with { Warnings = [mixed.Warning, .. text.Warnings] }, problem);
        }

        return Checked(TryDecode(Gb18030, bytes), "gb18030");
    }

    private static (DecodedText?, string?) Checked(string? text, string encoding)
    {
        if (text is null)
        {
            return (null, $"the bytes are not valid {encoding}");
        }

        var (withoutNul, nul) = NulBytes.Remove(text);
        var cleaned = InvisibleMarks.Fold(withoutNul);
        var control = 0;
        foreach (var c in cleaned)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        // A few stray control characters occur in real exports; binary data has them everywhere.
        if (control > Math.Max(8, cleaned.Length / 100) || (withoutNul.Length == 0 && text.Length > 0))
        {
            return (null, $"it holds {control + text.Length - withoutNul.Length} control or undecodable characters: this is binary data, not text");
        }

        return (new DecodedText(cleaned, encoding) { Warnings = nul is null ? [] : [nul] }, null);
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        bigEndian = evenZeros > oddZeros;
        // ASCII-heavy UTF-16 has a zero in one half of most pairs and almost none in the other.
        return Math.Max(evenZeros, oddZeros) > pairs * 0.3 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }
}
