using System.Text;
using System.Text.Unicode;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>
/// A file whose lines are partly UTF-8 and partly GB18030 (two exports pasted together): decoded whole in
/// either encoding, the other part would be garbled and its forms lost. Each line is decoded in the encoding
/// it is valid in. A line counts as UTF-8 only when it is valid UTF-8 and reads as Chinese text (ideographs,
/// CJK and full-width punctuation): a short GB18030 line can happen to be valid UTF-8 (元 is D4 AA, which
/// UTF-8 reads as Ԫ). Only when both kinds of line occur is the file mixed.
/// </summary>
internal static class MixedEncoding
{
    public static (string Text, ExtractionWarning Warning)? Decode(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<(int Start, int Length, bool Utf8)>();
        int utf8Lines = 0, gbLines = 0;
        for (var start = 0; start <= bytes.Length;)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            var length = end < 0 ? bytes.Length - start : end;
            var line = bytes.Slice(start, length);
            var ascii = Ascii.IsValid(line);
            var utf8 = !ascii && Utf8.IsValid(line) && ReadsAsChinese(Encoding.UTF8.GetString(line));
            utf8Lines += utf8 ? 1 : 0;
            gbLines += !ascii && !utf8 ? 1 : 0;
            lines.Add((start, length, utf8));
            start += length + 1;
            if (end < 0)
            {
                break;
            }
        }

        if (utf8Lines == 0 || gbLines == 0)
        {
            return null;
        }

        var text = new StringBuilder(bytes.Length);
        var segments = new List<(int First, int Last, bool Utf8)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, length, utf8) = lines[i];
            var line = bytes.Slice(start, length);
            text.Append(utf8 ? Encoding.UTF8.GetString(line) : TextDecoder.Gb18030.GetString(line));
            if (i < lines.Count - 1)
            {
                text.Append('\n');
            }

            // An ASCII line reads the same either way: it joins the segment it is in (or the first one).
            if (Ascii.IsValid(line) || (segments.Count > 0 && segments[^1].Utf8 == utf8))
            {
                if (segments.Count > 0)
                {
                    segments[^1] = segments[^1] with { Last = i + 1 };
                }
            }
            else
            {
                segments.Add((segments.Count == 0 ? 1 : i + 1, i + 1, utf8));
            }
        }

        var described = string.Join(", ", segments.Take(6).Select(s => $"{(s.First == s.Last ? $"line {s.First}" : $"lines {s.First}–{s.Last}")} {(s.Utf8 ? "UTF-8" : "GB18030")}"));
        var more = segments.Count > 6 ? $" and {segments.Count - 6} more changes" : string.Empty;
        var warning = new ExtractionWarning(
            TextDecoder.MixedEncodingCode,
            $"the encoding changes part-way ({described}{more}); each line was decoded in its own",
            Line: segments.Skip(1).First().First);
        return (text.ToString(), warning);
    }

    private static bool ReadsAsChinese(string line)
    {
        var ideographs = 0;
        foreach (var c in line)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF'))
            {
                ideographs++;
            }
            else if (c is not ((>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2000' and <= '\u206F') or '\u00D7' or '\u00F7' or '\u00B7'))
            {
                return false;
            }
        }

        return ideographs > 0;
    }
}
