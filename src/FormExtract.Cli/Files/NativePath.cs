using System.Text;
using System.Text.Unicode;

namespace FormExtract.Cli.Files;

/// <summary>
/// A path as the file system holds it: bytes, which need not be UTF-8 (archives from GBK systems keep their
/// names' GBK bytes). <see cref="Text"/> is the path for documents and output names: UTF-8 as it is, each
/// byte that is not UTF-8 written <c>\xNN</c>. <see cref="LogText"/> also writes control characters
/// (a newline in a name) that way, so that a log event stays on one line.
/// </summary>
internal sealed class NativePath
{
    private NativePath(byte[] bytes, string text)
    {
        Bytes = bytes;
        Text = text;
    }

    /// <summary>The path's bytes, without a terminating NUL.</summary>
    public byte[] Bytes { get; }

    public string Text { get; }

    public string LogText => Escape(Text);

    public static NativePath Of(string path) => new(Encoding.UTF8.GetBytes(path), path);

    public static NativePath Of(byte[] bytes) => new(bytes, Decode(bytes));

    /// <summary>This folder's entry <paramref name="name"/>.</summary>
    public NativePath Join(ReadOnlySpan<byte> name)
    {
        byte[] bytes = Bytes.Length > 0 && Bytes[^1] == (byte)'/' ? [.. Bytes, .. name] : [.. Bytes, (byte)'/', .. name];
        return Of(bytes);
    }

    /// <summary>The bytes with a terminating NUL, for the C library.</summary>
    public byte[] ToNullTerminated() => [.. Bytes, 0];

    public override string ToString() => Text;

    /// <summary>UTF-8 decoded as it is, each byte of an invalid sequence written <c>\xNN</c>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var text = new StringBuilder(bytes.Length + 16);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                for (var i = 0; i < consumed; i++)
                {
                    text.Append($"\\x{bytes[i]:X2}");
                }
            }

            bytes = bytes[consumed..];
        }

        return text.ToString();
    }

    /// <summary>Control characters (a newline or tab in a name) written <c>\xNN</c>, so that a log line stays one line.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsEscaped))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(IsEscaped(c) ? $"\\x{(int)c:X2}" : c.ToString());
        }

        return escaped.ToString();
    }

    private static bool IsEscaped(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
