using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;

namespace FormExtract.Html;

/// <summary>
/// Finds a page's character encoding the way a browser does, without the network: a byte-order mark wins;
/// then a <c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c> declaration in the first 1024 bytes;
/// then strict UTF-8; then GB18030. GB2312 and GBK (and their aliases) are decoded with GB18030, their superset.
/// The encoding reported is the one the bytes were decoded with, lower case: <c>utf-8</c>, <c>gb18030</c>,
/// <c>utf-16le</c>, or the declared name of any other encoding .NET knows.
/// </summary>
internal static class HtmlEncodingSniffer
{
    private const int PrescanLength = 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Labels of the GBK family (WHATWG Encoding standard), all read as GB18030.</summary>
    private static readonly HashSet<string> GbkLabels =
        ["gb2312", "gbk", "gb18030", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn"];

    public static DecodedPage Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedPage(Encoding.UTF8.GetString(bytes[3..]), "utf-8", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedPage(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedPage(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);
        }

        var declared = DeclaredCharset(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        var utf8 = TryStrictUtf8(bytes);
        if (declared is null)
        {
            return utf8 is not null
                ? new DecodedPage(utf8, "utf-8", [])
                : new DecodedPage(TextDecoder.Gb18030.GetString(bytes), "gb18030", []);
        }

        var label = declared.ToLowerInvariant();
        if (GbkLabels.Contains(label))
        {
            // Pages re-saved as UTF-8 often keep their old GB2312 declaration. Chinese text in GBK is
            // almost never valid UTF-8, so valid multi-byte UTF-8 means the declaration is stale.
            return utf8 is not null && HasNonAscii(bytes)
                ? new DecodedPage(utf8, "utf-8", [Mismatch(declared, "utf-8")])
                : new DecodedPage(TextDecoder.Gb18030.GetString(bytes), "gb18030", []);
        }

        // A meta declaration cannot truly say UTF-16 in an ASCII-compatible file: browsers read UTF-8.
        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode")
        {
            return utf8 is not null
                ? new DecodedPage(utf8, "utf-8", [])
                : new DecodedPage(TextDecoder.Gb18030.GetString(bytes), "gb18030", [Mismatch(declared, "gb18030")]);
        }

        return KnownEncoding(label) is { } other
            ? new DecodedPage(other.GetString(bytes), label, [])
            : new DecodedPage(utf8 ?? TextDecoder.Gb18030.GetString(bytes), utf8 is null ? "gb18030" : "utf-8",
                [new ExtractionWarning("unknown-charset", $"The page declares the charset \"{declared}\", which is not known; it was read as {(utf8 is null ? "gb18030" : "utf-8")}.")]);
    }

    /// <summary>The charset named by the first meta element that names one, or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        // The prescan only needs ASCII; Latin-1 maps every byte to one char, so positions stay put.
        var text = Encoding.Latin1.GetString(head);
        var index = 0;
        while ((index = text.IndexOf("<meta", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', index);
            var tag = end < 0 ? text[index..] : text[index..end];
            index += 5;
            var charset = CharsetIn(tag);
            if (charset is not null)
            {
                return charset;
            }
        }

        return null;
    }

    private static string? CharsetIn(string tag)
    {
        var at = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = at + "charset".Length;
        while (i < tag.Length && char.IsWhiteSpace(tag[i]))
        {
            i++;
        }

        if (i >= tag.Length || tag[i] != '=')
        {
            return null;
        }

        i++;
        while (i < tag.Length && (char.IsWhiteSpace(tag[i]) || tag[i] is '"' or '\''))
        {
            i++;
        }

        var start = i;
        while (i < tag.Length && (char.IsAsciiLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or '.' or ':'))
        {
            i++;
        }

        return i > start ? tag[start..i] : null;
    }

    private static Encoding? KnownEncoding(string label)
    {
        // WHATWG reads Latin-1 labels as windows-1252.
        var name = label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? "windows-1252" : label;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static ExtractionWarning Mismatch(string declared, string used) =>
        new("charset-mismatch", $"The page declares the charset \"{declared}\", but its bytes do not fit it; they were read as {used}.");
}
